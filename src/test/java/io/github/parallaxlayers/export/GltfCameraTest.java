package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matched camera in layers.json and in the glTF scene: cards still fill the reference view exactly. */
class GltfCameraTest {
    private static final Camera CAMERA = new Camera(160, 90, 45, 80, 45, 6, -3, 1.7, "m");

    @TempDir
    Path temp;

    private static LayerStack stack() {
        Mask front = Mask.empty(160, 90);
        for (int y = 30; y < 60; y++) {
            for (int x = 50; x < 90; x++) {
                front.set(x, y, true);
            }
        }
        LayerStack stack = LayerStackBuilder.build("plate.png", Plate.rgb(160, 90, new int[160 * 90]),
                List.of(front, Mask.full(160, 90)), List.of("front", "back"), null);
        stack = LayerStackEdits.setDepth(stack, "front", 4);
        return LayerStackEdits.setDepth(stack, "back", 30);
    }

    private static double[] rotate(double[] q, double[] v) {
        // v' = v + 2w (q × v) + 2 q × (q × v)
        double x = q[0];
        double y = q[1];
        double z = q[2];
        double w = q[3];
        double cx = y * v[2] - z * v[1];
        double cy = z * v[0] - x * v[2];
        double cz = x * v[1] - y * v[0];
        return new double[] {v[0] + 2 * (w * cx + y * cz - z * cy), v[1] + 2 * (w * cy + z * cx - x * cz),
                v[2] + 2 * (w * cz + x * cy - y * cx)};
    }

    @Test
    void cardsAndCameraStandAtTheMatchedPoseAndStillFillTheFrame() throws Exception {
        Path out = temp.resolve("scene");
        LayerStackExporter.export(stack(), out, false, ExportFormat.GLTF,
                new SceneSettings(40, AlphaMode.BLEND, true, 2).withCamera(CAMERA), null,
                ProgressListener.NONE);
        JsonNode gltf = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        assertEquals(Math.toRadians(45), gltf.at("/cameras/0/perspective/yfov").asDouble(), 1e-12);
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(out.resolve(GltfWriter.BUFFER))).order(ByteOrder.LITTLE_ENDIAN);
        LayersManifest manifest = LayerStackExporter.readManifest(out);
        for (int card = 0; card < 2; card++) {
            JsonNode node = gltf.at("/nodes/" + (card + 1));
            double[] q = new double[4];
            for (int i = 0; i < 4; i++) {
                q[i] = node.get("rotation").get(i).asDouble();
            }
            assertEquals(1.7, node.get("translation").get(1).asDouble(), 1e-12);
            JsonNode view = gltf.at("/bufferViews/" + card * 3);
            LayersManifest.Bounds image = manifest.layers().get(card).image();
            double[][] expected = {{image.x(), image.y()}, {image.x() + image.width(), image.y()},
                    {image.x() + image.width(), image.y() + image.height()}, {image.x(), image.y() + image.height()}};
            for (int corner = 0; corner < 4; corner++) {
                int at = view.get("byteOffset").asInt() + corner * 12;
                double[] world = rotate(q, new double[] {bin.getFloat(at), bin.getFloat(at + 4), bin.getFloat(at + 8)});
                double[] seen = CAMERA.project(new Vec3(world[0], world[1] + 1.7, world[2]));
                assertEquals(expected[corner][0], seen[0], 1e-3, "card " + card + " corner " + corner);
                assertEquals(expected[corner][1], seen[1], 1e-3, "card " + card + " corner " + corner);
                assertEquals(manifest.layers().get(card).depthHint(), seen[2], 1e-4);
            }
        }
        JsonNode cameraNode = gltf.at("/nodes/0");
        double[] q = CAMERA.quaternion();
        for (int i = 0; i < 4; i++) {
            assertEquals(q[i], cameraNode.get("rotation").get(i).asDouble(), 1e-12);
        }
    }

    @Test
    void layersJsonHoldsTheCameraAndReadsBack() throws Exception {
        Path out = temp.resolve("json");
        LayerStackExporter.export(stack(), out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT.withCamera(CAMERA), null, ProgressListener.NONE);
        JsonNode json = new ObjectMapper().readTree(out.resolve(LayerStackExporter.MANIFEST).toFile());
        JsonNode c = json.get("camera");
        assertEquals(45, c.get("fov").asDouble(), 1e-12);
        assertEquals(1.7, c.get("height").asDouble(), 1e-12);
        assertEquals("m", c.get("units").asText());
        assertEquals(List.of(0.0, 1.7, 0.0), List.of(c.at("/position/0").asDouble(), c.at("/position/1").asDouble(),
                c.at("/position/2").asDouble()));
        assertEquals(6, c.get("tilt").asDouble(), 1e-12);
        assertEquals(-3, c.get("roll").asDouble(), 1e-12);
        assertEquals(CAMERA.horizonY(0), c.at("/horizon/y_left").asDouble(), 1e-9);
        assertEquals(CAMERA.horizonY(160), c.at("/horizon/y_right").asDouble(), 1e-9);
        assertEquals(CAMERA, LayerStackExporter.camera(LayerStackExporter.readManifest(out)));
        // without a camera there is no camera key at all
        Path plain = temp.resolve("plain");
        LayerStackExporter.export(stack(), plain, false, ExportFormat.PNG, null, ProgressListener.NONE);
        assertTrue(new ObjectMapper().readTree(plain.resolve(LayerStackExporter.MANIFEST).toFile()).get("camera") == null);
    }

    @Test
    void khronosValidatorAcceptsThePlacedScene() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        Path out = temp.resolve("validated");
        LayerStackExporter.export(stack(), out, false, ExportFormat.ALL,
                SceneSettings.DEFAULT.withCamera(CAMERA), null, ProgressListener.NONE);
        assertEquals(2, NodeTools.validGltf(out.resolve(GltfWriter.FILE)).at("/info/drawCallCount").asInt());
        assertEquals(2, NodeTools.validGltf(out.resolve(GltfWriter.BINARY_FILE)).at("/info/drawCallCount").asInt());
    }
}
