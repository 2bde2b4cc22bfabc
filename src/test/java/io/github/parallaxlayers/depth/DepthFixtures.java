package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxFixtures.Constant;
import io.github.parallaxlayers.onnx.OnnxFixtures.Node;
import io.github.parallaxlayers.onnx.OnnxFixtures.Port;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A depth model with the Depth Anything V2 export's exact contract (fabio-sim dynamic export, model-contracts.md
 * §7.2): input {@code image} float32 [batch, 3, height, width], output {@code depth} float32 [batch, height, width],
 * non-negative. Its "depth" is relu(sum of the three normalised channels), so the expected output of any plate can
 * be computed by hand.
 */
public final class DepthFixtures {
    private DepthFixtures() {
    }

    public static Path depthAnythingLike(Path folder) throws IOException {
        byte[] bytes = OnnxFixtures.model(
                List.of(new Port("image", OnnxFixtures.FLOAT, "batch_size", 3, "height", "width")),
                List.of(new Port("depth", OnnxFixtures.FLOAT, "batch_size", "height", "width")),
                List.of(new Node("ReduceSum", List.of("image", "axes"), List.of("summed")),
                        new Node("Squeeze", List.of("summed", "axes"), List.of("squeezed")),
                        new Node("Relu", List.of("squeezed"), List.of("depth"))),
                List.of(new Constant("axes", new long[] {1}, null, new long[] {1})));
        Files.createDirectories(folder);
        return Files.write(folder.resolve("depth_anything_v2_fixture.onnx"), bytes);
    }

    /** What the fixture gives for a grey pixel of value v (0–255), by the §7.1 normalisation. */
    public static double expectedForGrey(double v) {
        double u = v / 255;
        return Math.max(0, (u - 0.485) / 0.229 + (u - 0.456) / 0.224 + (u - 0.406) / 0.225);
    }
}
