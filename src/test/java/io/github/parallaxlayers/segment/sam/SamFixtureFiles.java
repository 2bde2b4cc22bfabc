package io.github.parallaxlayers.segment.sam;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a SAM fixture model folder (NCHW encoder + decoder) for tests outside this package. */
public final class SamFixtureFiles {
    private SamFixtureFiles() {
    }

    /**
     * A folder with {@code encoder.onnx} and {@code decoder.onnx}; the decoder has four mask tokens with colour
     * thresholds 4, 0.3, 1.5, 6 and predicted IoUs 0.95, 0.6, 0.9, 0.7 (see {@link SamFixtures}).
     */
    public static Path writeModelFolder(Path folder) throws IOException {
        SamFixtures.encoderNchw(folder, "encoder.onnx", "input_image");
        SamFixtures.decoder(folder, "decoder.onnx", new float[] {4f, 0.3f, 1.5f, 6f},
                new float[] {0.95f, 0.6f, 0.9f, 0.7f});
        return folder;
    }

    /** The fixture encoder file, named {@code name}, in {@code folder}, for registry-layout tests. */
    public static Path writeEncoderHwc(Path folder, String name) throws IOException {
        return SamFixtures.encoderHwc(folder, name);
    }

    /** A SAM v1 fixture decoder with one colour threshold and one predicted IoU per mask token (see {@link SamFixtures}). */
    public static Path writeDecoder(Path folder, String name, float[] thresholds, float[] ious) throws IOException {
        return SamFixtures.decoder(folder, name, thresholds, ious);
    }

    public static Path writeDecoder(Path folder, String name) throws IOException {
        return SamFixtures.decoder(folder, name, new float[] {4f}, new float[] {0.8f});
    }
}
