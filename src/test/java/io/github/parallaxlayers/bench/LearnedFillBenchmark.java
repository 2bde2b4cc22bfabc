package io.github.parallaxlayers.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.learned.HighResStrategy;
import io.github.parallaxlayers.fill.learned.LearnedFixtures;
import io.github.parallaxlayers.fill.learned.LearnedInpainter;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxRuntime;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Pre/post-processing overhead of the LaMa path at 512×512 (issue 8 goal ≤ 20 %), on the contract fixture model
 * (the real network cannot be had here). bare = one session.run on image and mask already in native buffers, output
 * pinned; full =
 * LearnedInpainter.fill of a 512×512 RGB plate with a 10 % hole (range mapping, tensors, run, output read-back,
 * hole written back, outside restored). Usage: scripts/bench.sh LearnedFillBenchmark [runs=40]
 */
public final class LearnedFillBenchmark {
    private static FloatBuffer direct(int floats) {
        return java.nio.ByteBuffer.allocateDirect(floats * 4).order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0].replace("runs=", "")) : 40;
        Path folder = Files.createTempDirectory("lama-bench");
        ModelSession model = OnnxRuntime.shared().open(LearnedFixtures.lamaFixed(folder), Device.CPU);
        int n = 512 * 512;
        SplittableRandom random = new SplittableRandom(8);
        int[] rgb = new int[n];
        for (int i = 0; i < n; i++) {
            rgb[i] = random.nextInt(1 << 24);
        }
        Plate plate = Plate.rgb(512, 512, rgb);
        Mask hole = Mask.empty(512, 512);
        for (int y = 180; y < 342; y++) {
            for (int x = 180; x < 342; x++) {
                hole.set(x, y, true); // 162² = 10.0 % of the frame
            }
        }
        float[] image = new float[3 * n];
        float[] mask = new float[n];
        for (int i = 0; i < n; i++) {
            image[i] = random.nextFloat();
            mask[i] = hole.get(i) ? 1f : 0f;
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session = model.session();
        LearnedInpainter lama = LearnedInpainter.lama(model, HighResStrategy.ORIGINAL);
        // The cheapest possible run: inputs already in native buffers, output pinned (as the full path does).
        FloatBuffer imageBuffer = direct(3 * n).put(image).flip();
        FloatBuffer maskBuffer = direct(n).put(mask).flip();
        FloatBuffer outputBuffer = direct(3 * n);
        double bare = BenchTimer.medianMillis(5, runs, () -> {
            try (OnnxTensor a = OnnxTensor.createTensor(env, imageBuffer, new long[] {1, 3, 512, 512});
                 OnnxTensor b = OnnxTensor.createTensor(env, maskBuffer, new long[] {1, 1, 512, 512});
                 OnnxTensor o = OnnxTensor.createTensor(env, outputBuffer, new long[] {1, 3, 512, 512});
                 OrtSession.Result r = session.run(Map.of("image", a, "mask", b), Map.of("output", o))) {
                return r.size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double full = BenchTimer.medianMillis(5, runs, () -> lama.fill(plate, hole, ProgressListener.NONE));
        System.out.printf("machine: %s%n", BenchTimer.machine());
        System.out.printf("LaMa fixture 512x512, %d runs: bare session.run %.2f ms, full fill %.2f ms, overhead %.1f %%%n",
                runs, bare, full, 100 * (full - bare) / bare);
    }
}
