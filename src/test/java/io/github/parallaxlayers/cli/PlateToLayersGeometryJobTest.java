package io.github.parallaxlayers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.export.NodeTools;
import io.github.parallaxlayers.headless.MacroRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second main job, as the user runs it: {@code run-macro macros/plate-to-layers-geometry.ijm} matches the
 * Leuven plate's camera from its stored lines, stands the layers on the ground, extends the background beyond the
 * frame (overscan) and exports every format; {@code orbit-frames.ijm} then orbits the export by ±15°.
 */
class PlateToLayersGeometryJobTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        MacroRunner.closeAllImages();
    }

    @Test
    void matchedCameraAndGroundDepthsReachTheExport() throws Exception {
        Path out = temp.resolve("leuven geometry");
        assertEquals(0, ParallaxCli.commandLine().execute("run-macro", "macros/plate-to-layers-geometry.ijm",
                "--arg", "out=" + out));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("layers.json").toFile());
        JsonNode camera = manifest.get("camera");
        // the stored lines give (docs/geometry.md): tilt 5.6° up, roll −1.05°, horizon y 352 → 338
        assertEquals(46.9, camera.get("fov").asDouble(), 1e-6);
        assertEquals(5.61, camera.get("tilt").asDouble(), 0.01);
        assertEquals(-1.05, camera.get("roll").asDouble(), 0.01);
        assertEquals(352.1, camera.at("/horizon/y_left").asDouble(), 0.1);
        assertEquals(1.6, camera.get("height").asDouble(), 1e-9);
        assertEquals(List.of("pillar", "house", "background"), manifest.get("layers").findValuesAsText("name"));
        double pillar = manifest.at("/layers/0/depth_hint").asDouble();
        double house = manifest.at("/layers/1/depth_hint").asDouble();
        double background = manifest.at("/layers/2/depth_hint").asDouble();
        assertTrue(pillar > 10 && pillar < 13, "pillar at " + pillar + " m");
        assertTrue(house > pillar + 3 && house < 20, "house at " + house + " m");
        assertEquals(2 * house, background, 1e-6);
        if (NodeTools.has("gltf-validator")) {
            JsonNode report = NodeTools.validGltf(out.resolve("scene.glb"));
            assertEquals(3, report.at("/info/drawCallCount").asInt());
        }
        // overscan=12 of the 751×563 plate: 90 and 68 px per side; the background continues into them
        assertEquals(751, manifest.at("/source/width").asInt());
        assertEquals(90, manifest.at("/overscan/margin_x").asInt());
        assertEquals(68, manifest.at("/overscan/margin_y").asInt());
        assertEquals(931, manifest.at("/overscan/width").asInt());
        assertEquals(699, manifest.at("/overscan/height").asInt());
        assertEquals(931, manifest.at("/layers/2/bbox/width").asInt());
        assertEquals(699, manifest.at("/layers/2/bbox/height").asInt());

        // the orbit of the README: ±15° about the background uncovers nothing at the frame's edges
        Path picture = temp.resolve("orbit.png");
        assertEquals(0, ParallaxCli.commandLine().execute("run-macro", "macros/orbit-frames.ijm",
                "--arg", "folder=" + out, "--arg", "out=" + picture));
        ij.measure.ResultsTable table = ij.measure.ResultsTable.getResultsTable();
        assertEquals(2, table.size());
        for (int row = 0; row < 2; row++) {
            assertEquals(row == 0 ? -15 : 15, table.getValue("yaw_deg", row), 1e-9);
            assertEquals(0, table.getValue("holes_percent", row), "holes at " + table.getValue("yaw_deg", row) + "°");
        }
        java.awt.image.BufferedImage frames = javax.imageio.ImageIO.read(picture.toFile());
        assertTrue(frames.getWidth() > 2 * 751 && frames.getHeight() >= 563, frames.getWidth() + "x" + frames.getHeight());
    }

    /**
     * {@code --arg ground}: the street is a layer on the ground card, in layers.json with the camera's ground plane
     * (normal along the camera's up axis, distance its height), continued into the overscan margin below the frame;
     * the truck of docs/geometry.md uncovers nothing.
     */
    @Test
    void theGroundOptionLaysTheStreetOnTheGroundPlane() throws Exception {
        Path out = temp.resolve("leuven ground");
        assertEquals(0, ParallaxCli.commandLine().execute("run-macro", "macros/plate-to-layers-geometry.ijm",
                "--arg", "out=" + out, "--arg", "ground"));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("layers.json").toFile());
        assertEquals(List.of("pillar", "house", "street", "background"),
                manifest.get("layers").findValuesAsText("name"));
        JsonNode street = manifest.at("/layers/2");
        assertEquals("ground", street.at("/card/kind").asText());
        assertEquals(-1.6, street.at("/card/distance").asDouble(), 1e-6); // n·X = d: the ground 1.6 m below
        assertEquals(0.995, street.at("/card/normal/1").asDouble(), 0.001); // cos of the 5.6° tilt, with the roll
        assertTrue(manifest.at("/layers/0/card").isMissingNode(), "the pillar stays an upright card");
        // the street reaches the frame's bottom and left edges, so its box runs into those margins (68 and 90 px)
        assertEquals(699, street.at("/bbox/y").asInt() + street.at("/bbox/height").asInt());
        assertEquals(0, street.at("/bbox/x").asInt());
        if (NodeTools.has("gltf-validator")) {
            JsonNode report = NodeTools.validGltf(out.resolve("scene.glb"));
            assertEquals(4, report.at("/info/drawCallCount").asInt());
        }
        Path picture = temp.resolve("truck.png");
        assertEquals(0, ParallaxCli.commandLine().execute("run-macro", "macros/orbit-frames.ijm",
                "--arg", "folder=" + out, "--arg", "out=" + picture, "--arg", "move=shift", "--arg", "amount=0.75"));
        ij.measure.ResultsTable table = ij.measure.ResultsTable.getResultsTable();
        assertEquals(2, table.size());
        for (int row = 0; row < 2; row++) {
            assertEquals(row == 0 ? -0.75 : 0.75, table.getValue("camera_x", row), 1e-9);
            assertEquals(0, table.getValue("holes_percent", row));
        }
    }
}
