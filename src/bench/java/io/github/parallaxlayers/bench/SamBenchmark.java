package io.github.parallaxlayers.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.EncoderImage;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.PixelHash;
import io.github.parallaxlayers.segment.sam.PromptTensors;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSession;
import io.github.parallaxlayers.segment.sam.SamSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Segment Anything overheads with the fixture SAM models (segment.sam.SamFixtures): on a 1920×1080 plate, the
 * bare decoder {@code session.run} versus a whole click with a cached embedding (prompt mapping, tensors, run,
 * copying the logits out, candidate choice, thresholding to a plate-size mask), for a single-mask and a
 * four-mask decoder; and the encoder pre-processing of a 3840×2160 plate (hash, longest-side resize, normalise
 * and pad). Medians of N runs after warm-up. Usage: {@code SamBenchmark [runs=20]}.
 */
public final class SamBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = 20;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv[0].equals("runs")) {
                runs = Integer.parseInt(kv[1]);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Path folder = Files.createTempDirectory("sam-bench");
        Path multi = SamFixtureFiles.writeModelFolder(folder.resolve("multi"));
        Path encoder = multi.resolve("encoder.onnx");
        Path single = SamFixtureFiles.writeDecoder(folder.resolve("single"), "decoder.onnx");
        System.out.println("machine: " + BenchTimer.machine());

        Plate uhd = plate(3840, 2160, 2);
        double hash = BenchTimer.medianMillis(2, runs, () -> PixelHash.of(uhd));
        double resize = BenchTimer.medianMillis(2, runs, () -> EncoderImage.of(uhd));
        double prepNchw = BenchTimer.medianMillis(2, runs, () -> EncoderImage.of(uhd).normalisedPadded());
        double prepHwc = BenchTimer.medianMillis(2, runs, () -> EncoderImage.of(uhd).hwc());
        System.out.printf(Locale.ROOT, "3840x2160 encoder pre-processing: pixel hash %.1f ms, resize to 1024x576 "
                + "%.1f ms, resize + normalise + pad [1,3,1024,1024] %.1f ms, resize + HWC %.1f ms (goal < 100)%n",
                hash, resize, prepNchw, prepHwc);

        Plate hd = plate(1920, 1080, 1);
        for (Path decoder : new Path[] {single, multi.resolve("decoder.onnx")}) {
            SamModel model = SamModels.open("fixture", encoder, decoder, Device.CPU);
            SamSession session = new SamSegmenter(model, new SamSettings(Multimask.BEST, CacheMode.MEMORY,
                    new EmbeddingCache(256L << 20, folder.resolve("cache")))).openWhole(hd, ProgressListener.NONE);
            Random random = new Random(7);
            Prompt first = Prompt.of(List.of(Click.positive(960, 540)));
            OnnxTensor embedding = io.github.parallaxlayers.segment.sam.SamDecoder.embeddingTensor(session.embedding());
            Map<String, OnnxTensor> inputs = ((io.github.parallaxlayers.segment.sam.SamDecoder) model.decoder()).inputs(embedding,
                    PromptTensors.sam1(first, session.frame()), null, session.frame());
            OrtSession ort = model.decoder().model().session();
            double bare = BenchTimer.medianMillis(3, runs, () -> {
                try (OrtSession.Result r = ort.run(inputs)) {
                    return r.size();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            double click = BenchTimer.medianMillis(3, runs, () -> session.segment(
                    Prompt.of(List.of(Click.positive(random.nextInt(1920), random.nextInt(1080)))),
                    ProgressListener.NONE).mask());
            inputs.values().forEach(OnnxTensor::close);
            String kind = decoder == single ? "single-mask decoder (M=1)" : "four-mask decoder (M=4)";
            System.out.printf(Locale.ROOT, "1920x1080, %s: bare decoder run %.1f ms, whole click %.1f ms, "
                    + "overhead %.1f ms (goal < 15)%n", kind, bare, click, click - bare);
        }

    }

    /** Smooth colour gradients with a few flat rectangles, deterministic. */
    private static Plate plate(int w, int h, long seed) {
        int[] p = new int[w * h];
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                p[y * w + x] = (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x + y) & 0xff);
            }
        }
        for (int r = 0; r < 12; r++) {
            int x0 = random.nextInt(w - w / 5);
            int y0 = random.nextInt(h - h / 5);
            int rgb = random.nextInt(0x1000000);
            for (int y = y0; y < y0 + h / 6; y++) {
                for (int x = x0; x < x0 + w / 6; x++) {
                    p[y * w + x] = rgb;
                }
            }
        }
        return Plate.rgb(w, h, p);
    }
}
