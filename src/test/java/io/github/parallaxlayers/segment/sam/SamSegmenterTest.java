package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SAM v1 through the fixture models of {@link SamFixtures}: real masks through the full pre/post path. */
class SamSegmenterTest {
    @TempDir
    static Path models;

    static Path nchwEncoder;
    static Path hwcEncoder;
    static Path singleDecoder;

    // 300 x 200 plate: a red box low on the left, a blue box high on the right, on green
    static final int W = 300;
    static final int H = 200;
    static final Box RED_BOX = new Box(30, 120, 60, 60);
    static final Box BLUE_BOX = new Box(200, 20, 80, 60);

    @BeforeAll
    static void writeModels() throws Exception {
        nchwEncoder = SamFixtures.encoderNchw(models, "encoder-nchw.onnx", "input_image");
        hwcEncoder = SamFixtures.encoderHwc(models, "encoder-hwc.onnx");
        singleDecoder = SamFixtures.decoder(models, "decoder-single.onnx", new float[] {4f}, new float[] {0.8f});
    }

    static Plate scene() {
        int[] p = Plates.filled(W, H, Plates.GREEN);
        Plates.paint(p, W, RED_BOX, Plates.RED);
        Plates.paint(p, W, BLUE_BOX, Plates.BLUE);
        return Plate.rgb(W, H, p);
    }

    static SamSegmenter segmenter(Path encoder, Path decoder, Multimask multimask, EmbeddingCache cache) {
        SamModel model = SamModels.open("fixture", encoder, decoder, Device.CPU);
        return new SamSegmenter(model, new SamSettings(multimask, CacheMode.MEMORY, cache));
    }

    static EmbeddingCache freshCache() {
        return new EmbeddingCache(64L << 20, models.resolve("cache"));
    }

    @Test
    void aClickOnANonSquarePlateLandsOnTheObjectUnderIt() {
        SamSegmenter sam = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache());
        try (SamSession session = sam.open(scene(), ProgressListener.NONE)) {
            Segmentation red = session.segment(Prompt.of(List.of(Click.positive(60, 150))), ProgressListener.NONE);
            assertEquals(W, red.mask().width());
            assertEquals(H, red.mask().height());
            assertTrue(Plates.coversInterior(red.mask(), RED_BOX, 5), "the red box is inside the mask");
            assertTrue(Plates.staysWithin(red.mask(), RED_BOX, 5), "nothing but the red box is in the mask");
            assertEquals(0.8, red.score(), 1e-6);
            Mask blue = session.segment(Prompt.of(List.of(Click.positive(270, 25))), ProgressListener.NONE).mask();
            assertTrue(Plates.coversInterior(blue, BLUE_BOX, 5));
            assertTrue(Plates.staysWithin(blue, BLUE_BOX, 5));
        }
    }
}
