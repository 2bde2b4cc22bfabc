package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxFixtures.Constant;
import io.github.parallaxlayers.onnx.OnnxFixtures.Node;
import io.github.parallaxlayers.onnx.OnnxFixtures.Port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.parallaxlayers.onnx.OnnxFixtures.FLOAT;
import static io.github.parallaxlayers.onnx.OnnxFixtures.UINT8;

/**
 * Fixture models with the exact LaMa and MI-GAN contracts (names, element types, fixed and symbolic dims of
 * model-contracts.md §5 and §6.2) that compute a known function: every hole pixel becomes the mean colour of the
 * known pixels of the network input (padding included), every known pixel stays itself.
 */
public final class LearnedFixtures {
    private LearnedFixtures() {
    }

    private static final Constant ONE = new Constant("one", new long[0], new float[] {1f});
    private static final Constant C255 = new Constant("c255", new long[0], new float[] {255f});
    private static final Constant HALF = new Constant("half", new long[0], new float[] {0.5f});
    private static final Constant AXES = new Constant("axes", new long[] {2}, null, new long[] {2, 3});

    /** Carve's {@code lama_fp32.onnx} layout: batch dynamic, 512 × 512 fixed. */
    public static Path lamaFixed(Path folder) throws IOException {
        return lama(folder, "lama_fp32.onnx", 512, 512);
    }

    /** A dynamic-shape LaMa export: height and width symbolic. */
    public static Path lamaDynamic(Path folder) throws IOException {
        return lama(folder, "lama_dynamic.onnx", "height", "width");
    }

    private static Path lama(Path folder, String name, Object height, Object width) throws IOException {
        List<Node> nodes = List.of(
                new Node("Sub", List.of("one", "mask"), List.of("known")),
                new Node("Mul", List.of("image", "known"), List.of("masked")),
                new Node("ReduceSum", List.of("masked", "axes"), List.of("sum")),
                new Node("ReduceSum", List.of("known", "axes"), List.of("count")),
                new Node("Div", List.of("sum", "count"), List.of("mean")),
                new Node("Mul", List.of("mask", "mean"), List.of("filled")),
                new Node("Add", List.of("masked", "filled"), List.of("composite")),
                new Node("Mul", List.of("composite", "c255"), List.of("output")));
        byte[] bytes = OnnxFixtures.model(
                List.of(new Port("image", FLOAT, "batch", 3, height, width),
                        new Port("mask", FLOAT, "batch", 1, height, width)),
                List.of(new Port("output", FLOAT, "batch", 3, height, width)),
                nodes, List.of(ONE, C255, AXES));
        return OnnxFixtures.write(folder, name, bytes);
    }

    /** The MI-GAN pipeline layout: uint8 in and out, 255 = known, any size; rounds the mean half up. */
    public static Path miganPipeline(Path folder) throws IOException {
        List<Node> nodes = List.of(
                new Node("Cast", List.of("image"), List.of("imageF"), List.of(OnnxFixtures.Attr.of("to", 1L))),
                new Node("Cast", List.of("mask"), List.of("maskF"), List.of(OnnxFixtures.Attr.of("to", 1L))),
                new Node("Div", List.of("maskF", "c255"), List.of("known")),
                new Node("Mul", List.of("imageF", "known"), List.of("masked")),
                new Node("ReduceSum", List.of("masked", "axes"), List.of("sum")),
                new Node("ReduceSum", List.of("known", "axes"), List.of("count")),
                new Node("Div", List.of("sum", "count"), List.of("mean")),
                new Node("Sub", List.of("one", "known"), List.of("hole")),
                new Node("Mul", List.of("hole", "mean"), List.of("filled")),
                new Node("Add", List.of("masked", "filled"), List.of("composite")),
                new Node("Add", List.of("composite", "half"), List.of("shifted")),
                new Node("Floor", List.of("shifted"), List.of("rounded")),
                new Node("Cast", List.of("rounded"), List.of("result"), List.of(OnnxFixtures.Attr.of("to", 2L))));
        byte[] bytes = OnnxFixtures.model(
                List.of(new Port("image", UINT8, "batch_size", 3, "height", "width"),
                        new Port("mask", UINT8, "batch_size", 1, "height", "width")),
                List.of(new Port("result", UINT8, "batch_size", 3, "height", "width")),
                nodes, List.of(ONE, C255, HALF, AXES));
        return OnnxFixtures.write(folder, "migan_pipeline_v2.onnx", bytes);
    }
}
