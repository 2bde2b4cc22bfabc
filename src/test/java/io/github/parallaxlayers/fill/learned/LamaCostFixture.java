package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxFixtures.Attr;
import io.github.parallaxlayers.onnx.OnnxFixtures.Constant;
import io.github.parallaxlayers.onnx.OnnxFixtures.Node;
import io.github.parallaxlayers.onnx.OnnxFixtures.Port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.github.parallaxlayers.onnx.OnnxFixtures.FLOAT;

/**
 * A LaMa stand-in that costs what big-LaMa costs, for measuring the overhead of our pre- and post-processing against
 * a realistic {@code session.run}: Carve's {@code lama_fp32.onnx} contract exactly (image, mask → output, batch
 * dynamic, 512 × 512, output = composite × 255 clamped) around a generator with big-LaMa's layout — a 7 × 7 stem to
 * 64 channels, three stride-2 downsamplings to 512 channels at 64 × 64, a residual trunk, three transposed-conv
 * upsamplings, a 7 × 7 head and a sigmoid. Big-LaMa's trunk is 18 blocks of two fast Fourier convolutions (ratio 0.75
 * global); each FFC is about 5.1 G multiply-adds at 64 × 64 (3 × 3 convs local→local 128², local↔global 2 · 128 · 384,
 * plus the spectral 1 × 1 convs), 36 of them ≈ 185 G; Carve's export adds 0.36–0.46 G of DFT matrix products per FFC
 * (layer shapes from advimman/lama's big-lama.yaml and ffc.py; the sum is in docs/performance.md). Here the trunk is
 * {@link #TRUNK} plain 3 × 3 convs 512 → 512 (9.66 G each), slightly under the real total, so a ratio measured
 * against it errs high. Weights are constant (ConstantOfShape, folded when the session opens), so the
 * file stays a few kilobytes; matrix products cost the same whatever the weights hold, which {@link #write(Path, int,
 * boolean)} with stored random weights (a 190 MB file, benchmark only) lets a run check.
 */
public final class LamaCostFixture {
    public static final int TRUNK = 19;
    private static final int SIZE = 512;

    private LamaCostFixture() {
    }

    private record Conv(String op, int in, int out, int kernel, int stride, int outSize) {
        /** Multiply-adds: per output (transposed: per input) pixel, kernel² · in · out. */
        long macs() {
            int pixels = op.equals("ConvTranspose") ? outSize / stride : outSize;
            return (long) kernel * kernel * in * out * pixels * pixels;
        }
    }

    private static List<Conv> layers() {
        return layers(TRUNK);
    }

    private static List<Conv> layers(int trunk) {
        List<Conv> convs = new ArrayList<>();
        convs.add(new Conv("Conv", 4, 64, 7, 1, 512));
        convs.add(new Conv("Conv", 64, 128, 3, 2, 256));
        convs.add(new Conv("Conv", 128, 256, 3, 2, 128));
        convs.add(new Conv("Conv", 256, 512, 3, 2, 64));
        for (int i = 0; i < trunk; i++) {
            convs.add(new Conv("Conv", 512, 512, 3, 1, 64));
        }
        convs.add(new Conv("ConvTranspose", 512, 256, 3, 2, 128));
        convs.add(new Conv("ConvTranspose", 256, 128, 3, 2, 256));
        convs.add(new Conv("ConvTranspose", 128, 64, 3, 2, 512));
        convs.add(new Conv("Conv", 64, 3, 7, 1, 512));
        return convs;
    }

    /** The fixture's multiply-adds per 512 × 512 image (about 218 G; big-LaMa by the count above ≈ 220 G). */
    public static long multiplyAdds() {
        return layers().stream().mapToLong(Conv::macs).sum();
    }

    /** The fixture's weights (47.9 M; big-LaMa's convolutions by its config 50.9 M, its 208 MB fp32 file ≈ 52 M). */
    public static long weights() {
        return layers().stream().mapToLong(c -> (long) c.in() * c.out() * c.kernel() * c.kernel()).sum();
    }

    public static Path write(Path folder) throws IOException {
        return write(folder, TRUNK);
    }

    /** With another trunk length (a benchmark can check that time grows with the work). */
    public static Path write(Path folder, int trunk) throws IOException {
        return write(folder, trunk, false);
    }

    /**
     * With {@code stored}, the weights are random (uniform, scaled by 1/√fan-in so activations stay finite) and
     * written into the file, as a real export's are: a benchmark can check that the constant weights cost the same.
     */
    public static Path write(Path folder, int trunk, boolean stored) throws IOException {
        List<Node> nodes = new ArrayList<>();
        List<Constant> constants = new ArrayList<>();
        constants.add(new Constant("one", new long[0], new float[] {1f}));
        constants.add(new Constant("c255", new long[0], new float[] {255f}));
        constants.add(new Constant("zero", new long[0], new float[] {0f}));
        nodes.add(new Node("Sub", List.of("one", "mask"), List.of("known")));
        nodes.add(new Node("Mul", List.of("image", "known"), List.of("masked")));
        nodes.add(new Node("Concat", List.of("masked", "mask"), List.of("x0"), List.of(Attr.of("axis", 1L))));
        if (!stored) {
            constants.add(new Constant("weight", new long[0], new float[] {1e-4f}));
        }
        List<Conv> convs = layers(trunk);
        String x = "x0";
        for (int i = 0; i < convs.size(); i++) {
            Conv c = convs.get(i);
            boolean transposed = c.op().equals("ConvTranspose");
            // ONNX weight layout: Conv [out, in, k, k]; ConvTranspose [in, out, k, k].
            long[] dims = transposed
                    ? new long[] {c.in(), c.out(), c.kernel(), c.kernel()}
                    : new long[] {c.out(), c.in(), c.kernel(), c.kernel()};
            if (stored) {
                constants.add(new Constant("w" + i, dims, randomWeights(c, i)));
            } else {
                constants.add(new Constant("shape" + i, new long[] {4}, null, dims));
                nodes.add(new Node("ConstantOfShape", List.of("shape" + i), List.of("zeros" + i)));
                nodes.add(new Node("Add", List.of("zeros" + i, "weight"), List.of("w" + i)));
            }
            int pad = c.kernel() / 2;
            List<Attr> attrs = new ArrayList<>(List.of(Attr.ints("strides", c.stride(), c.stride()),
                    Attr.ints("pads", pad, pad, pad, pad)));
            if (transposed) {
                attrs.add(Attr.ints("output_padding", 1, 1));
            }
            nodes.add(new Node(c.op(), List.of(x, "w" + i), List.of("c" + i), attrs));
            boolean inTrunk = i >= 4 && i < 4 + trunk;
            boolean head = i == convs.size() - 1;
            if (head) {
                nodes.add(new Node("Sigmoid", List.of("c" + i), List.of("pred")));
            } else if (inTrunk) {
                nodes.add(new Node("Relu", List.of("c" + i), List.of("r" + i)));
                nodes.add(new Node("Add", List.of(x, "r" + i), List.of("y" + i)));
                x = "y" + i;
            } else {
                nodes.add(new Node("Relu", List.of("c" + i), List.of("y" + i)));
                x = "y" + i;
            }
        }
        nodes.add(new Node("Mul", List.of("mask", "pred"), List.of("inside")));
        nodes.add(new Node("Add", List.of("masked", "inside"), List.of("composite")));
        nodes.add(new Node("Mul", List.of("composite", "c255"), List.of("scaled")));
        nodes.add(new Node("Clip", List.of("scaled", "zero", "c255"), List.of("output")));
        byte[] bytes = OnnxFixtures.model(
                List.of(new Port("image", FLOAT, "batch", 3, SIZE, SIZE), new Port("mask", FLOAT, "batch", 1, SIZE, SIZE)),
                List.of(new Port("output", FLOAT, "batch", 3, SIZE, SIZE)), nodes, constants);
        return OnnxFixtures.write(folder, "lama_fp32.onnx", bytes);
    }

    private static float[] randomWeights(Conv c, int seed) {
        float[] w = new float[c.in() * c.out() * c.kernel() * c.kernel()];
        SplittableRandom random = new SplittableRandom(seed);
        double scale = 1 / Math.sqrt((double) c.in() * c.kernel() * c.kernel());
        for (int k = 0; k < w.length; k++) {
            w[k] = (float) (random.nextDouble(-1, 1) * scale);
        }
        return w;
    }
}
