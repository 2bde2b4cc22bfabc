package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.NukeScriptWriterTest.Node;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A matched camera (tilt, roll, height, off-centre principal point) reaches the OpenEXR camera attributes and the
 * Nuke script whole, not only its field of view: the matrices project world points where the matched camera does,
 * and the Nuke cards and camera stand where the glTF scene puts them.
 */
class MatchedCameraExportTest {
    /** The DccScene plate's size, tilted up 6°, rolled −3°, 1.7 m high, principal point off the centre. */
    private static final Camera CAMERA = new Camera(120, 80, 38, 57, 44, 6, -3, 1.7, "m");

    @TempDir
    Path temp;

    private static double[] times(double[] row, double[][] m) {
        double[] out = new double[4];
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                out[j] += row[k] * m[k][j];
            }
        }
        return out;
    }

    @Test
    void exrMatricesProjectWorldPointsLikeTheMatchedCamera() {
        PlateCamera camera = PlateCamera.of(SceneSettings.DEFAULT.withCamera(CAMERA), 120, 80);
        double[][] toCamera = camera.worldToCamera();
        double[][] toNdc = camera.worldToNdc();
        Vec3[] points = {new Vec3(0.3, 1.2, -5), new Vec3(-2, 0, -11), new Vec3(4, 3.5, -30), new Vec3(0, 1.7, -1)};
        for (Vec3 p : points) {
            double[] row = {p.x(), p.y(), p.z(), 1};
            double[] expected = CAMERA.project(p);
            Vec3 inCamera = CAMERA.toCamera(p.minus(CAMERA.position()));
            double[] c = times(row, toCamera);
            // OpenEXR camera space: x right, y up, +z forward (the depth along the view axis)
            assertEquals(inCamera.x(), c[0], 1e-9);
            assertEquals(inCamera.y(), c[1], 1e-9);
            assertEquals(expected[2], c[2], 1e-9);
            assertEquals(1, c[3], 1e-12);
            double[] ndc = times(row, toNdc);
            assertEquals(expected[0] / 120, ndc[0] / ndc[3], 1e-9, "x of " + p);
            assertEquals(expected[1] / 80, ndc[1] / ndc[3], 1e-9, "y of " + p);
            assertEquals(expected[2], ndc[3], 1e-9);
        }
        assertEquals(6, camera.tiltAndRoll()[0], 1e-12);
        assertEquals(-3, camera.tiltAndRoll()[1], 1e-12);
    }

    @Test
    void nukeCardsAndCameraStandWhereTheGltfSceneDoes() throws IOException {
        LayerStack stack = DccScene.stack();
        Path folder = temp.resolve("out");
        LayerStackExporter.export(stack, folder, false, ExportFormat.ALL,
                new SceneSettings(40, AlphaMode.BLEND, true, 4).withCamera(CAMERA), ExportBits.AUTO, null,
                ProgressListener.NONE);
        List<Node> nodes = NukeScriptWriterTest.parse(Files.readString(folder.resolve(NukeScriptWriter.FILE),
                StandardCharsets.UTF_8)).stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        JsonNode gltf = new ObjectMapper().readTree(folder.resolve(GltfWriter.FILE).toFile());
        PlateCamera camera = PlateCamera.of(SceneSettings.DEFAULT.withCamera(CAMERA), 120, 80);
        for (int k = 0; k < 3; k++) {
            Node card = nodes.get(3 + 3 * k);
            JsonNode mesh = gltf.get("meshes").get(k);
            JsonNode position = gltf.get("accessors").get(mesh.at("/primitives/0/attributes/POSITION").asInt());
            double[] centre = new double[3];
            for (int a = 0; a < 3; a++) {
                centre[a] = (position.get("min").get(a).asDouble() + position.get("max").get(a).asDouble()) / 2;
            }
            // the glTF node of card k carries the camera's pose: world = translation + R(quaternion) · vertex
            JsonNode node = findNode(gltf, mesh.get("name").asText(), k);
            double[] world = rotate(node.get("rotation"), centre);
            for (int a = 0; a < 3; a++) {
                world[a] += node.get("translation").get(a).asDouble();
            }
            double[] translate = card.numbers("translate");
            for (int a = 0; a < 3; a++) {
                assertEquals(world[a], translate[a], 1e-5, "card " + k + " axis " + a);
            }
            assertEquals("ZXY", card.knobs().get("rot_order"));
            assertEquals(6, card.numbers("rotate")[0], 1e-9);
            assertEquals(0, card.numbers("rotate")[1], 1e-9);
            assertEquals(-3, card.numbers("rotate")[2], 1e-9);
        }
        Node nukeCamera = nodes.get(11);
        assertEquals("Camera2", nukeCamera.type());
        JsonNode cameraNode = findNode(gltf, "reference camera", -1);
        for (int a = 0; a < 3; a++) {
            assertEquals(cameraNode.get("translation").get(a).asDouble(), nukeCamera.numbers("translate")[a], 1e-9);
        }
        assertEquals(6, nukeCamera.numbers("rotate")[0], 1e-9);
        assertEquals(-3, nukeCamera.numbers("rotate")[2], 1e-9);
        // principal point 57, 44 of 120 × 80: the frame's centre 3 px right of and 4 px above the view axis
        assertEquals(1 - 2 * 57 / 120.0, nukeCamera.numbers("win_translate")[0], 1e-9);
        assertEquals((2 * 44 / 80.0 - 1) / 1.5, nukeCamera.numbers("win_translate")[1], 1e-9);
        // the same rotation in both: a card's view direction
        double[] forward = rotate(cameraNode.get("rotation"), new double[] {0, 0, -1});
        double[] expected = camera.toWorld(0, 0, -1);
        for (int a = 0; a < 3; a++) {
            assertEquals(expected[a] - camera.position()[a], forward[a], 1e-9);
        }
    }

    private static JsonNode findNode(JsonNode gltf, String name, int mesh) {
        for (JsonNode node : gltf.get("nodes")) {
            if (mesh >= 0 ? node.has("mesh") && node.get("mesh").asInt() == mesh : node.get("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no glTF node " + name);
    }

    /** v rotated by the unit quaternion q = (x, y, z, w): v + 2w(u × v) + 2u × (u × v). */
    private static double[] rotate(JsonNode q, double[] v) {
        double x = q.get(0).asDouble();
        double y = q.get(1).asDouble();
        double z = q.get(2).asDouble();
        double w = q.get(3).asDouble();
        double[] u = {x, y, z};
        double[] t = cross(u, v);
        for (int a = 0; a < 3; a++) {
            t[a] *= 2;
        }
        double[] ut = cross(u, t);
        return new double[] {v[0] + w * t[0] + ut[0], v[1] + w * t[1] + ut[1], v[2] + w * t[2] + ut[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
