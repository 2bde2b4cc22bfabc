package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator;
import io.github.parallaxlayers.segment.sam.AutomaticMaskSettings;
import io.github.parallaxlayers.segment.sam.AutomaticMasks;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The automatic mask generator's own overhead with the fixture SAM models (segment.sam.SamFixtures, four-mask
 * decoder) on a 1920×1080 plate of flat rectangles on a dark ground: time outside the encoder and the decoder runs
 * (prompt grid, stability scan, filters, NMS, masks, label image) over the time in the decoder runs. The embedding
 * is cached before timing. Two settings: SAM's defaults (one of three candidates passes pred_iou_thresh 0.88 with
 * this decoder), SAM's defaults with a decoder whose three candidates all pass it (each one scanned for stability),
 * and every filter off with the first decoder (all candidates scanned and sent to NMS, including flat low-logit
 * ones whose every pixel must be read: the worst case). Median of N
 * generations after one warm-up. Usage: {@code AutomaticMaskBenchmark [points=32] [runs=3]}.
 */
public final class AutomaticMaskBenchmark {
    public static void main(String[] args) throws Exception {
        int points = 32;
        int runs = 3;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "points" -> points = Integer.parseInt(kv[1]);
                case "runs" -> runs = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Path folder = SamFixtureFiles.writeModelFolder(Files.createTempDirectory("amg-bench").resolve("sam"));
        // all three ambiguity tokens above pred_iou_thresh 0.88 and with object logits above +1: every candidate
        // is scanned, as with a real model whose candidates mostly pass
        Path allPass = SamFixtureFiles.writeDecoder(folder, "decoder-all-pass.onnx", new float[] {4f, 1.5f, 3f, 6f},
                new float[] {0.95f, 0.9f, 0.92f, 0.94f});
        EmbeddingCache cache = new EmbeddingCache(256L << 20, folder.resolve("cache"));
        Plate plate = plate(1920, 1080, 3);
        System.out.println("machine: " + BenchTimer.machine());
        AutomaticMaskSettings defaults = AutomaticMaskSettings.DEFAULTS.withPointsPerSide(points);
        SamSegmenter oneOfThree = segmenter(folder.resolve("encoder.onnx"), folder.resolve("decoder.onnx"), cache);
        SamSegmenter threeOfThree = segmenter(folder.resolve("encoder.onnx"), allPass, cache);
        report("defaults, 1 of 3 candidates above pred_iou", oneOfThree, plate, defaults, runs);
        report("defaults, 3 of 3 candidates above pred_iou", threeOfThree, plate, defaults, runs);
        report("all filters off (pred_iou 0, stability 0)", oneOfThree, plate, defaults.withThresholds(0, 0), runs);
    }

    private static SamSegmenter segmenter(Path encoder, Path decoder, EmbeddingCache cache) {
        SamModel model = SamModels.open("fixture", encoder, decoder, Device.CPU);
        return new SamSegmenter(model, new SamSettings(Multimask.ALL, CacheMode.MEMORY, cache));
    }

    private static void report(String name, SamSegmenter segmenter, Plate plate, AutomaticMaskSettings settings,
                               int runs) {
        AutomaticMaskGenerator generator = new AutomaticMaskGenerator(segmenter, settings);
        generator.generate(plate, ProgressListener.NONE).labels(); // warm-up; caches the embedding
        double[] ratio = new double[runs];
        double[] decodeMs = new double[runs];
        double[] ownMs = new double[runs];
        AutomaticMasks last = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            AutomaticMasks result = generator.generate(plate, ProgressListener.NONE);
            int[] labels = result.labels();
            long total = System.nanoTime() - t0;
            if (labels.length != plate.size()) {
                throw new IllegalStateException("label image of the wrong size");
            }
            double own = total - result.encodeNanos() - result.decodeNanos();
            ratio[r] = own / result.decodeNanos();
            decodeMs[r] = result.decodeNanos() / 1e6;
            ownMs[r] = own / 1e6;
            last = result;
        }
        System.out.printf(Locale.ROOT, "1920x1080, %d prompts, %s: %d candidates -> %d masks; decoder runs %.0f ms "
                        + "(%.1f ms each), generator's own work %.0f ms incl. label image: overhead %.1f%% (goal <= 30%%)%n",
                last.decoderRuns(), name, last.candidates(), last.masks().size(), median(decodeMs),
                median(decodeMs) / last.decoderRuns(), median(ownMs), 100 * median(ratio));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /**
     * Twelve flat rectangles of random colours on a dark ground, deterministic, on the 30-pixel grid of the
     * fixture encoder's cells (1920 / 1024 · 16), so the fixture's masks of them are stable as a real SAM's are.
     */
    private static Plate plate(int w, int h, long seed) {
        int[] p = new int[w * h];
        Arrays.fill(p, 0x141414);
        Random random = new Random(seed);
        int cell = 30;
        for (int r = 0; r < 12; r++) {
            int rw = cell * (3 + random.nextInt(10));
            int rh = cell * (3 + random.nextInt(8));
            int x0 = cell * random.nextInt((w - rw) / cell);
            int y0 = cell * random.nextInt((h - rh) / cell);
            int rgb = 0x404040 + random.nextInt(0xC0C0C0);
            for (int y = y0; y < y0 + rh; y++) {
                Arrays.fill(p, y * w + x0, y * w + x0 + rw, rgb);
            }
        }
        return Plate.rgb(w, h, p);
    }
}
