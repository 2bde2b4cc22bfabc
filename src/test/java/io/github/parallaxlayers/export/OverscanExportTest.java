package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.exr.ExrReader;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.OverscanLayers;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exports of a stack with overscan write the larger layers with the camera unchanged: the DCC scene (120×80) with
 * 10 % overscan, 12 × 8 px per side, the back card continuing into the margins. Checked by each format's reader.
 */
class OverscanExportTest {
    static final int MX = 12;
    static final int MY = 8;
    static final int CW = DccScene.W + 2 * MX;
    static final int CH = DccScene.H + 2 * MY;
    static final double FOV = 40;

    @TempDir
    Path temp;

    static LayerStack stack() {
        int[] grey = new int[CW * CH];
        java.util.Arrays.fill(grey, 0x646464);
        return OverscanLayers.extend(DccScene.stack(), MX, MY, Plate.rgb(CW, CH, grey));
    }

    private Path exportAll(String name) {
        Path folder = temp.resolve(name);
        LayerStackExporter.export(stack(), folder, false, ExportFormat.ALL, new SceneSettings(FOV, AlphaMode.MASK),
                null, ProgressListener.NONE);
        return folder;
    }

    @Test
    void layersJsonPngsPsdAndOraHoldTheLargerCanvasAndTheFramesCamera() throws IOException {
        Path out = exportAll("all");
        JsonNode json = new ObjectMapper().readTree(out.resolve(LayerStackExporter.MANIFEST).toFile());
        assertEquals(DccScene.W, json.at("/source/width").asInt(), "source is the plate, the frame");
        assertEquals(DccScene.H, json.at("/source/height").asInt());
        assertEquals(MX, json.at("/overscan/margin_x").asInt());
        assertEquals(MY, json.at("/overscan/margin_y").asInt());
        assertEquals(CW, json.at("/overscan/width").asInt());
        assertEquals(CH, json.at("/overscan/height").asInt());
        assertEquals(FOV, json.at("/lens/vertical_fov").asDouble(), 1e-9, "the camera is unchanged");
        JsonNode back = json.at("/layers/2");
        assertEquals(0, back.at("/bbox/x").asInt());
        assertEquals(CW, back.at("/bbox/width").asInt());
        assertEquals(DccScene.FRONT_BOX.x() + MX, json.at("/layers/0/bbox/x").asInt(), "bounds in canvas pixels");
        BufferedImage png = ImageIO.read(out.resolve(back.at("/files/rgba").asText()).toFile());
        assertEquals(CW, png.getWidth());
        assertEquals(CH, png.getHeight());
        assertEquals(0xff646464, png.getRGB(0, 0), "the back layer's margin");
        BufferedImage filled = ImageIO.read(out.resolve(json.at("/plate_filled").asText()).toFile());
        assertEquals(DccScene.W, filled.getWidth(), "the filled plate is the frame's");
        // Photoshop header: height then width, big-endian, at bytes 14 and 18
        ByteBuffer psd = ByteBuffer.wrap(Files.readAllBytes(out.resolve(PsdWriter.FILE)));
        assertEquals(CH, psd.getInt(14));
        assertEquals(CW, psd.getInt(18));
        try (java.util.zip.ZipFile ora = new java.util.zip.ZipFile(out.resolve(OraWriter.FILE).toFile())) {
            String xml = new String(ora.getInputStream(ora.getEntry("stack.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("w=\"" + CW + "\"") && xml.contains("h=\"" + CH + "\""), xml);
        }
        // the importer reads the canvas and the frame back
        LayerStack back2 = PngFolderImporter.read(out);
        assertEquals(CW, back2.width());
        assertEquals(DccScene.W, back2.frameWidth());
        assertEquals(MY, back2.marginY());
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(stack().layers().get(l).argb(), back2.layers().get(l).argb(), "layer " + l);
        }
    }

    @Test
    void aManifestWhoseCanvasDisagreesWithItsMarginsIsRefused() throws IOException {
        Path out = exportAll("bad");
        Path manifest = out.resolve(LayerStackExporter.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"width\" : " + CW, "\"width\" : " + (CW + 2)));
        io.github.parallaxlayers.core.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.parallaxlayers.core.InvalidInputException.class, () -> PngFolderImporter.read(out));
        assertTrue(e.getMessage().contains("overscan says the layer canvas is 146x96 but the 120x80 frame with "
                + "margins of 12 and 8 px per side makes it 144x96"), e.getMessage());
    }

    @Test
    void theGltfCardsReachTheMarginsThroughTheFramesCamera() throws IOException {
        Path out = exportAll("gltf");
        JsonNode gltf = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        assertEquals(DccScene.W / (double) DccScene.H, gltf.at("/cameras/0/perspective/aspectRatio").asDouble(), 1e-9);
        assertEquals(Math.toRadians(FOV), gltf.at("/cameras/0/perspective/yfov").asDouble(), 1e-9);
        double focal = DccScene.H / 2.0 / Math.tan(Math.toRadians(FOV) / 2);
        // the back card's corners, projected through the reference camera, in frame pixels: the canvas's corners
        JsonNode position = gltf.at("/accessors/" + gltf.at("/meshes/2/primitives/0/attributes/POSITION").asInt());
        double z = position.at("/min/2").asDouble();
        assertEquals(-MX, position.at("/min/0").asDouble() / -z * focal + DccScene.W / 2.0, 1e-3);
        assertEquals(DccScene.W + MX, position.at("/max/0").asDouble() / -z * focal + DccScene.W / 2.0, 1e-3);
        assertEquals(-MY, DccScene.H / 2.0 - position.at("/max/1").asDouble() / -z * focal, 1e-3);
        assertEquals(DccScene.H + MY, DccScene.H / 2.0 - position.at("/min/1").asDouble() / -z * focal, 1e-3);
        // the front card, inside the frame, lands where it did
        position = gltf.at("/accessors/" + gltf.at("/meshes/0/primitives/0/attributes/POSITION").asInt());
        z = position.at("/min/2").asDouble();
        assertEquals(-MX, position.at("/min/0").asDouble() / -z * focal + DccScene.W / 2.0, 1e-3,
                "an uncropped card covers the whole canvas at its own depth");
    }

    @Test
    void khronosValidatorFindsNoErrorsInTheEnlargedScene() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        Path out = exportAll("validated");
        JsonNode report = NodeTools.validGltf(out.resolve(GltfWriter.FILE));
        assertEquals(3, report.at("/info/drawCallCount").asInt(), report.toString());
        report = NodeTools.validGltf(out.resolve(GltfWriter.BINARY_FILE));
        assertEquals(3, report.at("/info/drawCallCount").asInt(), report.toString());
    }

    @Test
    void theNukeCardsAreTheCanvasAndTheFormatTheFrame() throws IOException {
        String nk = Files.readString(exportAll("nuke").resolve(NukeScriptWriter.FILE));
        assertTrue(nk.contains("format \"" + DccScene.W + " " + DccScene.H + " 0 0 " + DccScene.W + " " + DccScene.H),
                nk);
        double[] size = GltfWriter.cardSize(DccScene.DEPTHS[2], FOV, DccScene.W / (double) DccScene.H);
        Matcher m = Pattern.compile("Card2 \\{\\n image_aspect false\\n translate \\{(\\S+) (\\S+) (\\S+)\\}\\n scaling "
                + "\\{(\\S+) (\\S+) 1\\}\\n name Card_03").matcher(nk);
        assertTrue(m.find(), nk);
        assertEquals(0, Double.parseDouble(m.group(1)), 1e-6, "centred: equal margins");
        assertEquals(size[0] * CW / DccScene.W, Double.parseDouble(m.group(4)), 1e-6);
        assertEquals(size[1] * CH / DccScene.H, Double.parseDouble(m.group(5)), 1e-6);
    }

    private static String output(List<String> command, Path log) throws IOException, InterruptedException {
        DccTools.run(command, Map.of(), log, 120);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void exrheaderAndOiiotoolSeeDataWindowsLargerThanTheDisplayWindow() throws Exception {
        Path folder = temp.resolve("exr");
        LayerStackExporter.export(stack(), folder, false, ExportFormat.EXR, new SceneSettings(FOV, AlphaMode.MASK),
                null, ProgressListener.NONE);
        Path file = folder.resolve(io.github.parallaxlayers.export.exr.LayerStackExr.FILE);
        List<ExrReader.Part> parts = ExrReader.read(file);
        assertEquals(new Box(-MX, -MY, CW, CH), parts.get(3).dataWindow(), "the back layer");
        assertEquals(DccScene.W, parts.get(3).displayWidth());
        assertEquals(new Box(DccScene.FRONT_BOX.x(), DccScene.FRONT_BOX.y(), 30, 30), parts.get(1).dataWindow(),
                "the front layer where it was in the frame");
        assertEquals(0x64 / 255.0, Math.pow(parts.get(3).at("R", -MX, -MY), 1 / 2.2), 0.02, "margin colour, linear");

        Assumptions.assumeTrue(DccTools.find("exrheader").isPresent(), DccTools.missing("exrheader", "openexr"));
        String text = output(List.of("exrheader", file.toString()), temp.resolve("exrheader.log"));
        assertTrue(text.contains("dataWindow (type box2i): (" + -MX + " " + -MY + ") - (" + (DccScene.W + MX - 1) + " "
                + (DccScene.H + MY - 1) + ")"), text);
        assertEquals(4, text.split(Pattern.quote("displayWindow (type box2i): (0 0) - (119 79)"), -1).length - 1, text);

        Assumptions.assumeTrue(DccTools.find("oiiotool").isPresent(), DccTools.missing("oiiotool",
                "openimageio-tools"));
        String info = output(List.of("oiiotool", "-a", "--info", "-v", file.toString()), temp.resolve("info.log"));
        assertTrue(info.contains("pixel data origin: x=" + -MX + ", y=" + -MY), info);
        assertTrue(Pattern.compile("subimage  3: +" + CW + " x +" + CH + ",").matcher(info).find(), info);
        assertTrue(info.contains("full/display size: " + DccScene.W + " x " + DccScene.H), info);
    }
}
