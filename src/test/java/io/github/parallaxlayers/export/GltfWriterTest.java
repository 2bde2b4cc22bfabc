package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GltfWriterTest {

    @TempDir
    Path temp;

    private static LayerStack stack() {
        int w = 160;
        int h = 90;
        Mask front = Mask.empty(w, h);
        for (int y = 30; y < 60; y++) {
            for (int x = 50; x < 90; x++) {
                front.set(x, y, true);
            }
        }
        LayerStack stack = LayerStackBuilder.build("plate.png", Plate.rgb(w, h, new int[w * h]),
                List.of(front, Mask.full(w, h)), List.of("front", "sky"), null);
        stack = LayerStackEdits.setDepth(stack, "front", 4);
        return LayerStackEdits.setDepth(stack, "sky", 100);
    }

    @Test
    void cardsFillTheFrameAtTheirDepthFromTheReferenceCamera() throws Exception {
        Path out = temp.resolve("scene");
        LayerStackExporter.export(stack(), out, false, ExportFormat.GLTF, new SceneSettings(40, AlphaMode.BLEND),
                null, ProgressListener.NONE);
        JsonNode gltf = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        assertEquals("2.0", gltf.at("/asset/version").asText());
        JsonNode camera = gltf.at("/cameras/0/perspective");
        assertEquals(Math.toRadians(40), camera.get("yfov").asDouble(), 1e-9);
        assertEquals(160 / 90.0, camera.get("aspectRatio").asDouble(), 1e-9);
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(out.resolve(GltfWriter.BUFFER))).order(ByteOrder.LITTLE_ENDIAN);
        double tan = Math.tan(Math.toRadians(20));
        for (int card = 0; card < 2; card++) {
            JsonNode view = gltf.at("/bufferViews/" + card * 3);
            double depth = card == 0 ? 4 : 100;
            for (int corner = 0; corner < 4; corner++) {
                int at = view.get("byteOffset").asInt() + corner * 12;
                double x = bin.getFloat(at);
                double y = bin.getFloat(at + 4);
                double z = bin.getFloat(at + 8);
                assertEquals(-depth, z, 1e-4);
                // pinhole projection of the corner lands on the frame's corner pixel
                double px = (x / -z / (tan * 160 / 90.0) + 1) / 2 * 160;
                double py = (1 - y / -z / tan) / 2 * 90;
                assertEquals(corner == 0 || corner == 3 ? 0 : 160, px, 1e-3, "card " + card + " corner " + corner);
                assertEquals(corner < 2 ? 0 : 90, py, 1e-3);
            }
        }
        assertEquals("BLEND", gltf.at("/materials/0/alphaMode").asText());
        assertEquals("layer-01-front.png", gltf.at("/images/0/uri").asText());
    }

    @Test
    void aCroppedCardCoversItsImageRegionOfTheFrame() throws Exception {
        Path out = temp.resolve("cropped");
        LayerStackExporter.export(stack(), out, false, ExportFormat.GLTF,
                new SceneSettings(40, AlphaMode.BLEND, true, 5), null, ProgressListener.NONE);
        JsonNode gltf = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(out.resolve(GltfWriter.BUFFER))).order(ByteOrder.LITTLE_ENDIAN);
        double tan = Math.tan(Math.toRadians(20));
        int at = gltf.at("/bufferViews/0/byteOffset").asInt();
        // the front layer's bounds 50..89 × 30..59, grown by 5: pixels 45..94 × 25..64, corners at 45,25 and 95,65
        double[][] expected = {{45, 25}, {95, 25}, {95, 65}, {45, 65}};
        for (int corner = 0; corner < 4; corner++) {
            double x = bin.getFloat(at + corner * 12);
            double y = bin.getFloat(at + corner * 12 + 4);
            double z = bin.getFloat(at + corner * 12 + 8);
            assertEquals(expected[corner][0], (x / -z / (tan * 160 / 90.0) + 1) / 2 * 160, 1e-3);
            assertEquals(expected[corner][1], (1 - y / -z / tan) / 2 * 90, 1e-3);
        }
    }

    @Test
    void khronosValidatorFindsNoErrors() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        Path out = temp.resolve("validated");
        LayerStackExporter.export(stack(), out, false, ExportFormat.ALL, new SceneSettings(35, AlphaMode.MASK),
                null, ProgressListener.NONE);
        JsonNode report = NodeTools.validGltf(out.resolve(GltfWriter.FILE));
        String json = report.toString();
        assertEquals(2, report.at("/info/drawCallCount").asInt(), json);
    }

    @Test
    void theBinarySceneHoldsTheSameSceneAndTheLayerPngs() throws Exception {
        Path out = temp.resolve("binary");
        LayerStackExporter.export(stack(), out, false, ExportFormat.ALL, new SceneSettings(40, AlphaMode.BLEND),
                null, ProgressListener.NONE);
        byte[] glb = Files.readAllBytes(out.resolve(GltfWriter.BINARY_FILE));
        ByteBuffer bytes = ByteBuffer.wrap(glb).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x46546C67, bytes.getInt(0), "magic glTF");
        assertEquals(2, bytes.getInt(4));
        assertEquals(glb.length, bytes.getInt(8));
        int jsonLength = bytes.getInt(12);
        assertEquals(0x4E4F534A, bytes.getInt(16), "JSON chunk first");
        assertEquals(0, jsonLength % 4);
        JsonNode gltf = new ObjectMapper().readTree(new String(glb, 20, jsonLength, StandardCharsets.UTF_8));
        int binStart = 20 + jsonLength + 8;
        int binLength = bytes.getInt(20 + jsonLength);
        assertEquals(0x004E4942, bytes.getInt(20 + jsonLength + 4), "BIN chunk second");
        assertEquals(glb.length, binStart + binLength);
        assertEquals(binLength, gltf.at("/buffers/0/byteLength").asInt());
        assertTrue(gltf.at("/buffers/0/uri").isMissingNode(), "the GLB's own buffer has no uri");

        JsonNode separate = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        for (String key : List.of("cameras", "nodes", "meshes", "materials", "accessors", "scenes")) {
            assertEquals(separate.get(key), gltf.get(key), key);
        }
        byte[] geometry = Files.readAllBytes(out.resolve(GltfWriter.BUFFER));
        assertArrayEquals(geometry, Arrays.copyOfRange(glb, binStart, binStart + geometry.length),
                "the same geometry at the same offsets");
        for (int k = 0; k < 2; k++) {
            JsonNode image = gltf.at("/images/" + k);
            assertEquals("image/png", image.get("mimeType").asText());
            JsonNode view = gltf.at("/bufferViews/" + image.get("bufferView").asInt());
            int offset = binStart + view.get("byteOffset").asInt();
            assertEquals(0, view.get("byteOffset").asInt() % 4);
            byte[] png = Files.readAllBytes(out.resolve(separate.at("/images/" + k + "/uri").asText()));
            assertArrayEquals(png, Arrays.copyOfRange(glb, offset, offset + view.get("byteLength").asInt()));
        }
    }

    @Test
    void khronosValidatorFindsNoErrorsInTheBinaryScene() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        Path out = temp.resolve("validated-glb");
        LayerStackExporter.export(stack(), out, false, ExportFormat.GLB, new SceneSettings(35, AlphaMode.MASK, true, 4),
                null, ProgressListener.NONE);
        JsonNode report = NodeTools.validGltf(out.resolve(GltfWriter.BINARY_FILE));
        String json = report.toString();
        assertEquals(2, report.at("/info/drawCallCount").asInt(), json);
        JsonNode resources = report.at("/info/resources");
        assertEquals(3, resources.size(), json);
        assertEquals("glb", resources.get(0).get("storage").asText(), "the buffer is the GLB's own chunk");
        // the validator decodes the embedded PNGs: the cropped front card (40 × 30 grown by 4) and the full sky
        for (int k = 1; k <= 2; k++) {
            assertEquals("buffer-view", resources.get(k).get("storage").asText(), json);
        }
        assertEquals(List.of(48, 38, 160, 90), List.of(resources.at("/1/image/width").asInt(),
                resources.at("/1/image/height").asInt(), resources.at("/2/image/width").asInt(),
                resources.at("/2/image/height").asInt()));
    }
}
