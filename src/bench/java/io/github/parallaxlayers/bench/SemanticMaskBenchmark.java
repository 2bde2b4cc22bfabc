package io.github.parallaxlayers.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.onnx.SharedModels;
import io.github.parallaxlayers.segment.semantic.DeepLabV3;
import io.github.parallaxlayers.segment.semantic.LabelImage;
import io.github.parallaxlayers.segment.semantic.SemanticSegmenters;
import io.github.parallaxlayers.segment.semantic.VocClasses;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Bare DeepLabV3 {@code session.run} versus the whole Semantic Mask path (input resize, run, logit resize +
 * argmax, class mask) on a 1920×1080 plate (astronaut.png scaled up), medians of N runs after warm-up. Usage:
 * {@code SemanticMaskBenchmark [device=cpu|cuda|auto] [runs=30] [model=PATH]} (see docs/performance.md).
 */
public final class SemanticMaskBenchmark {
    public static void main(String[] args) throws Exception {
        Device device = Device.CPU;
        int runs = 30;
        String model = SharedModels.deepLab() == null ? "" : SharedModels.deepLab().toString();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "device" -> device = Device.valueOf(kv[1].toUpperCase(Locale.ROOT));
                case "runs" -> runs = Integer.parseInt(kv[1]);
                case "model" -> model = kv[1];
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Plate plate = plate1080p();
        long t0 = System.nanoTime();
        DeepLabV3 network = SemanticSegmenters.open(model, device);
        double firstOpenMs = (System.nanoTime() - t0) / 1e6;
        int created = OnnxRuntime.shared().sessionsCreated();
        t0 = System.nanoTime();
        DeepLabV3 again = SemanticSegmenters.open(model, device);
        double secondOpenMs = (System.nanoTime() - t0) / 1e6;
        boolean reused = again.model().session() == network.model().session()
                && OnnxRuntime.shared().sessionsCreated() == created;

        float[] input = DeepLabV3.input(plate);
        OrtSession session = network.model().session();
        String inputName = session.getInputNames().iterator().next();
        boolean[] person = VocClasses.parse("person", "classes");
        double[] bare = new double[runs];
        double[] full = new double[runs];
        double[] open = new double[runs];
        double[] prepare = new double[runs];
        double[] runAndFetch = new double[runs];
        double[] upsample = new double[runs];
        double[] mask = new double[runs];
        int warmUp = 5;
        for (int i = -warmUp; i < runs; i++) {
            long t = System.nanoTime();
            try (OnnxTensor tensor = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(input),
                    new long[] {1, 257, 257, 3}); OrtSession.Result r = session.run(Map.of(inputName, tensor))) {
                if (r.size() != 1) {
                    throw new IllegalStateException();
                }
            }
            long bareEnd = System.nanoTime();
            // the command's path: find the model, get the cached session, segment, build the class mask
            DeepLabV3 cached = SemanticSegmenters.open(model, device);
            LabelImage labels = cached.labels(plate, ProgressListener.NONE);
            int count = labels.mask(person).count();
            long fullEnd = System.nanoTime();
            if (count == 0) {
                throw new IllegalStateException("no person found");
            }
            // the same path again, stage by stage
            long s0 = System.nanoTime();
            DeepLabV3 reopened = SemanticSegmenters.open(model, device);
            long s1 = System.nanoTime();
            float[] stagedInput = DeepLabV3.input(plate);
            long s2 = System.nanoTime();
            float[] logits = reopened.logits(stagedInput);
            long s3 = System.nanoTime();
            LabelImage staged = DeepLabV3.labels(logits, plate.width(), plate.height(), ProgressListener.NONE);
            long s4 = System.nanoTime();
            staged.mask(person);
            long s5 = System.nanoTime();
            if (i >= 0) {
                bare[i] = (bareEnd - t) / 1e6;
                full[i] = (fullEnd - bareEnd) / 1e6;
                open[i] = (s1 - s0) / 1e6;
                prepare[i] = (s2 - s1) / 1e6;
                runAndFetch[i] = (s3 - s2) / 1e6;
                upsample[i] = (s4 - s3) / 1e6;
                mask[i] = (s5 - s4) / 1e6;
            }
        }
        double bareMs = median(bare);
        double fullMs = median(full);
        System.out.printf(Locale.ROOT, "device %s (asked %s), %d intra-op threads, %d cores, plate %dx%d, %d runs%n",
                network.model().device().label(), device.label(),
                OnnxRuntime.shared().settings().effectiveThreads(), Runtime.getRuntime().availableProcessors(),
                plate.width(), plate.height(), runs);
        System.out.printf(Locale.ROOT, "first open %.1f ms, second open %.2f ms, session reused: %s%n",
                firstOpenMs, secondOpenMs, reused);
        System.out.printf(Locale.ROOT, "bare session.run median %.2f ms; full Semantic Mask median %.2f ms; "
                + "ratio %.2f; extra %.2f ms%n", bareMs, fullMs, fullMs / bareMs, fullMs - bareMs);
        System.out.printf(Locale.ROOT, "stages (medians): cached open %.2f ms, input resize %.2f ms, run + fetch "
                + "logits %.2f ms, logit resize + argmax %.2f ms, class mask %.2f ms%n", median(open),
                median(prepare), median(runAndFetch), median(upsample), median(mask));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Plate plate1080p() throws Exception {
        BufferedImage source = ImageIO.read(new File("sample-images/astronaut.png"));
        BufferedImage scaled = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, 1920, 1080, null);
        g.dispose();
        int[] rgb = scaled.getRGB(0, 0, 1920, 1080, null, 0, 1920);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return Plate.rgb(1920, 1080, rgb);
    }

    private SemanticMaskBenchmark() {
    }

}
