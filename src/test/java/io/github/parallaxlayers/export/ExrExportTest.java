package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.exr.ExrAttribute;
import io.github.parallaxlayers.export.exr.ExrCompression;
import io.github.parallaxlayers.export.exr.ExrLayout;
import io.github.parallaxlayers.export.exr.ExrPrecision;
import io.github.parallaxlayers.export.exr.ExrReader;
import io.github.parallaxlayers.export.exr.ExrSettings;
import io.github.parallaxlayers.export.exr.ExrTransfer;
import io.github.parallaxlayers.export.exr.Half;
import io.github.parallaxlayers.export.exr.LayerStackExr;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export Layer Stack {@code format=exr}: {@code layers.exr} read back by this project's reader, by the OpenEXR tools
 * ({@code exrheader}), by OpenImageIO ({@code oiiotool}) and by Blender, against values computed here from the
 * stack: sRGB-decoded, premultiplied, rounded to half.
 */
class ExrExportTest {
    private static final ExrSettings SINGLE = new ExrSettings(ExrPrecision.HALF, ExrCompression.ZIP,
            ExrTransfer.AUTO, ExrLayout.SINGLEPART);

    @TempDir
    Path temp;
    private int exports;

    private Path export(LayerStack stack, ExrSettings settings) {
        Path folder = temp.resolve("export-" + ++exports);
        LayerStackExporter.export(stack, folder, false, ExportFormat.EXR, SceneSettings.DEFAULT, ExportBits.AUTO,
                settings, null, ProgressListener.NONE);
        return folder.resolve(LayerStackExr.FILE);
    }

    static double srgb(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** Channel c (0 R, 1 G, 2 B, 3 A, 4 Z) of an 8-bit layer at plate pixel i: sRGB decoded, premultiplied. */
    static double expected(Layer layer, int c, int i) {
        int p = layer.argb()[i];
        double alpha = (p >>> 24) / 255.0;
        return switch (c) {
            case 3 -> alpha;
            case 4 -> layer.depthHint();
            default -> srgb((p >> 16 - 8 * c & 0xff) / 255.0) * alpha;
        };
    }

    static double plate(LayerStack stack, int c, int i) {
        int rgb = ((int[]) stack.filled().pixels())[i];
        return srgb((rgb >> 16 - 8 * c & 0xff) / 255.0);
    }

    /** Equal within half precision: half an ulp of half (2^-11 relative), or the smallest subnormal. */
    static void assertHalf(double expected, double actual, String what) {
        double tolerance = Math.max(Math.abs(expected) * 0x1p-11, 0x1p-24);
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void multiPartFileHasOnePartPerLayerCroppedToItAndThePlateFirst() throws IOException {
        LayerStack stack = DccScene.stack();
        List<ExrReader.Part> parts = ExrReader.read(export(stack, ExrSettings.DEFAULT));
        assertEquals(List.of(LayerStackExr.PLATE, DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK),
                parts.stream().map(ExrReader.Part::name).toList());
        ExrReader.Part plate = parts.get(0);
        assertEquals(new Box(0, 0, DccScene.W, DccScene.H), plate.dataWindow());
        assertEquals(List.of("B", "G", "R"), plate.channels());
        for (int k = 0; k < 3; k++) {
            Layer layer = stack.layers().get(k);
            ExrReader.Part part = parts.get(k + 1);
            assertEquals(layer.bounds(), part.dataWindow(), "data window = the layer's bounding box");
            assertEquals(DccScene.W, part.displayWidth());
            assertEquals(DccScene.H, part.displayHeight());
            assertEquals(List.of("A", "B", "G", "R", "Z"), part.channels());
            assertTrue(java.util.Arrays.stream(part.pixelTypes()).allMatch(t -> t == 1), "half by default");
            assertEquals(3, part.compression(), "ZIP by default");
            for (int y = 0; y < DccScene.H; y++) {
                for (int x = 0; x < DccScene.W; x++) {
                    int i = y * DccScene.W + x;
                    boolean inside = layer.bounds().contains(x, y);
                    for (int c = 0; c < 5; c++) {
                        double want = inside ? expected(layer, c, i) : 0;
                        assertHalf(want, part.at("RGBAZ".substring(c, c + 1), x, y), layer.name() + " " + x + "," + y);
                    }
                }
            }
        }
        for (int i = 0; i < DccScene.W * DccScene.H; i++) {
            for (int c = 0; c < 3; c++) {
                assertHalf(plate(stack, c, i), plate.at("RGB".substring(c, c + 1), i % DccScene.W, i / DccScene.W),
                        "plate " + i);
            }
        }
    }

    /** The camera attributes place the glTF cards' corners at the frame's corners. */
    @Test
    void cameraAttributesDescribeTheGltfCamera() throws IOException {
        LayerStack stack = DccScene.stack();
        ExrReader.Part part = ExrReader.read(export(stack, ExrSettings.DEFAULT)).get(2);
        double aspect = DccScene.W / (double) DccScene.H;
        float[] ndc = part.attributes().get("worldToNDC").asFloats();
        float[] camera = part.attributes().get("worldToCamera").asFloats();
        for (double depth : DccScene.DEPTHS) {
            double[] size = GltfWriter.cardSize(depth, SceneSettings.DEFAULT.verticalFov(), aspect);
            // top-left and bottom-right corners of the card at this depth, in the glTF scene (camera looks down −Z)
            double[][] corners = {{-size[0] / 2, size[1] / 2, -depth}, {size[0] / 2, -size[1] / 2, -depth}};
            double[][] frame = {{0, 0}, {1, 1}};
            for (int k = 0; k < 2; k++) {
                double[] p = times(corners[k], ndc);
                assertEquals(frame[k][0], p[0] / p[3], 1e-6);
                assertEquals(frame[k][1], p[1] / p[3], 1e-6);
                double[] q = times(corners[k], camera);
                assertEquals(depth, q[2] / q[3], 1e-6, "OpenEXR camera space: +z is in front of the camera");
            }
        }
        // the film back and focal length give the same vertical field of view
        float focal = part.attributes().get("pinholeFocalLength").asFloat();
        float[] sensor = part.attributes().get("sensorOverallDimensions").asFloats();
        assertEquals(36, sensor[0], 1e-6);
        assertEquals(36 / aspect, sensor[1], 1e-5);
        assertEquals(SceneSettings.DEFAULT.verticalFov(), Math.toDegrees(2 * Math.atan(sensor[1] / 2 / focal)), 1e-4);
        assertEquals(40f, part.attributes().get("fieldOfViewVertical").asFloat());
    }

    /** p · M for a row vector (x, y, z, 1) and a row-major 4×4 matrix. */
    private static double[] times(double[] p, float[] m) {
        double[] out = new double[4];
        for (int col = 0; col < 4; col++) {
            out[col] = p[0] * m[col] + p[1] * m[4 + col] + p[2] * m[8 + col] + m[12 + col];
        }
        return out;
    }

    /** A plate of noise cut into three hard-edged layers (the last covers everything), over a fill. */
    static LayerStack builtStack(boolean sixteenBit) {
        int w = 67;
        int h = 45;
        Random random = new Random(19);
        int[] rgb = new int[w * h];
        int[] fill = new int[w * h];
        short[][] deep = new short[3][w * h];
        short[][] deepFill = new short[3][w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(1 << 24);
            fill[i] = random.nextInt(1 << 24);
            for (int c = 0; c < 3; c++) {
                deep[c][i] = (short) random.nextInt(65536);
                deepFill[c][i] = (short) random.nextInt(65536);
            }
        }
        byte[] circle = new byte[w * h];
        byte[] band = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                circle[y * w + x] = (byte) ((x - 20) * (x - 20) + (y - 20) * (y - 20) < 150 ? 255 : 0);
                band[y * w + x] = (byte) (x > 30 && x < 60 ? 255 : 0);
            }
        }
        List<Mask> masks = List.of(Mask.wrap(w, h, circle), Mask.wrap(w, h, band), Mask.full(w, h));
        Plate plate = sixteenBit ? Plate.rgb48(w, h, deep[0], deep[1], deep[2]) : Plate.rgb(w, h, rgb);
        Plate filled = sixteenBit ? Plate.rgb48(w, h, deepFill[0], deepFill[1], deepFill[2]) : Plate.rgb(w, h, fill);
        return LayerStackBuilder.build("noise", plate, masks, List.of("disc", "band", "ground"), filled);
    }

    /**
     * Layers composited "over" back to front in linear light give the plate's linear values wherever a layer
     * covers it (here everywhere): the premultiplication is right and nothing is lost but half rounding.
     */
    @Test
    void layersCompositedOverInLinearLightGiveThePlate() throws IOException {
        for (boolean sixteen : new boolean[] {false, true}) {
            LayerStack stack = builtStack(sixteen);
            List<ExrReader.Part> parts = ExrReader.read(export(stack, ExrSettings.DEFAULT));
            int n = stack.width() * stack.height();
            for (int i = 0; i < n; i++) {
                int x = i % stack.width();
                int y = i / stack.width();
                for (int c = 0; c < 3; c++) {
                    double over = 0;
                    double alpha = 0;
                    for (int k = parts.size() - 1; k >= 1; k--) {
                        ExrReader.Part part = parts.get(k);
                        double a = part.at("A", x, y);
                        over = part.at("RGB".substring(c, c + 1), x, y) + (1 - a) * over;
                        alpha = a + (1 - a) * alpha;
                    }
                    assertEquals(1, alpha, 0, "covered");
                    double want = sixteen ? (plateCode(stack, "visible", c, i) & 0xffff) / 65535.0
                            : srgb((visible(stack, i) >> 16 - 8 * c & 0xff) / 255.0);
                    assertHalf(want, over, "composite at " + x + "," + y + (sixteen ? " (16-bit)" : ""));
                    double fill = sixteen ? (plateCode(stack, "filled", c, i) & 0xffff) / 65535.0
                            : plate(stack, c, i);
                    assertHalf(fill, parts.get(0).at("RGB".substring(c, c + 1), x, y), "filled plate");
                }
            }
        }
    }

    /** The plate as seen: the frontmost layer's colour at each pixel (hard masks, so alpha 1). */
    private static int visible(LayerStack stack, int i) {
        for (Layer layer : stack.layers()) {
            if (layer.argb()[i] >>> 24 == 255) {
                return layer.argb()[i];
            }
        }
        throw new AssertionError("uncovered pixel " + i);
    }

    private static short plateCode(LayerStack stack, String which, int c, int i) {
        if (which.equals("filled")) {
            return stack.filled().plane16(c)[i];
        }
        for (Layer layer : stack.layers()) {
            if (layer.argb()[i] >>> 24 == 255) {
                return layer.rgb16()[c][i];
            }
        }
        throw new AssertionError("uncovered pixel " + i);
    }

    @Test
    void transferPrecisionAndCompressionOptions() throws IOException {
        LayerStack stack = DccScene.stack();
        int x = 25;
        int y = 15; // inside the opaque red front card: 0xE6281E
        ExrSettings keep = new ExrSettings(ExrPrecision.FLOAT, ExrCompression.NONE, ExrTransfer.KEEP,
                ExrLayout.MULTIPART);
        ExrReader.Part front = ExrReader.read(export(stack, keep)).get(1);
        assertTrue(java.util.Arrays.stream(front.pixelTypes()).allMatch(t -> t == 2), "float on request");
        assertEquals(0, front.compression());
        assertEquals(0xE6 / 255f, front.at("R", x, y), "keep: the encoded value, exactly, in float");
        assertEquals(0x28 / 255f, front.at("G", x, y));
        ExrSettings srgbFloat = new ExrSettings(ExrPrecision.FLOAT, ExrCompression.ZIP, ExrTransfer.SRGB,
                ExrLayout.MULTIPART);
        assertEquals((float) srgb(0xE6 / 255.0), ExrReader.read(export(stack, srgbFloat)).get(1).at("R", x, y));

        LayerStack deep = builtStack(true);
        int i = 20 * deep.width() + 20; // in the disc
        int code = deep.layers().get(0).rgb16()[0][i] & 0xffff;
        ExrSettings deepFloat = new ExrSettings(ExrPrecision.FLOAT, ExrCompression.ZIP, ExrTransfer.AUTO,
                ExrLayout.MULTIPART);
        assertEquals(code / 65535f, ExrReader.read(export(deep, deepFloat)).get(1).at("R", 20, 20),
                "16-bit plates are taken as linear: code / 65535");
        ExrSettings deepSrgb = new ExrSettings(ExrPrecision.FLOAT, ExrCompression.ZIP, ExrTransfer.SRGB,
                ExrLayout.MULTIPART);
        assertEquals((float) srgb(code / 65535.0), ExrReader.read(export(deep, deepSrgb)).get(1).at("R", 20, 20),
                1e-7, "unless told they are sRGB");
    }

    @Test
    void singlePartFileNamesChannelsAfterTheLayers() throws IOException {
        LayerStack stack = DccScene.stack();
        List<ExrReader.Part> parts = ExrReader.read(export(stack, SINGLE));
        assertEquals(1, parts.size());
        ExrReader.Part part = parts.get(0);
        assertEquals(new Box(0, 0, DccScene.W, DccScene.H), part.dataWindow());
        List<String> expectedChannels = new ArrayList<>();
        for (String name : List.of(DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK)) {
            List.of("R", "G", "B", "A").forEach(c -> expectedChannels.add(name + "." + c));
            expectedChannels.add(name + LayerStackExr.DEPTH_SUFFIX + ".Z");
        }
        List.of("R", "G", "B").forEach(c -> expectedChannels.add(LayerStackExr.PLATE + "." + c));
        expectedChannels.addAll(LayerStackExr.COMPOSITE_CHANNELS);
        assertEquals(expectedChannels.stream().sorted(ExrExportTest::byBytes).toList(), part.channels());
        for (int i = 0; i < DccScene.W * DccScene.H; i++) {
            for (int c = 0; c < 4; c++) {
                assertHalf(composite(stack, c, i), part.at("RGBA".substring(c, c + 1), i % DccScene.W,
                        i / DccScene.W), "composite");
            }
        }
        Layer middle = stack.layers().get(1);
        for (int i = 0; i < DccScene.W * DccScene.H; i++) {
            int x = i % DccScene.W;
            int y = i / DccScene.W;
            boolean inside = middle.bounds().contains(x, y);
            for (int c = 0; c < 4; c++) {
                assertHalf(inside ? expected(middle, c, i) : 0, part.at(DccScene.MIDDLE + "." + "RGBA".charAt(c), x, y),
                        "glass " + x + "," + y);
            }
            assertHalf(inside ? 5 : 0, part.at(DccScene.MIDDLE + LayerStackExr.DEPTH_SUFFIX + ".Z", x, y), "depth");
        }
    }

    @Test
    void longAndRepeatedLayerNamesBecomeValidUniqueChannelNames() throws IOException {
        LayerStack dcc = DccScene.stack();
        String longName = "ä".repeat(150); // 300 bytes in UTF-8
        List<Layer> renamed = List.of(dcc.layers().get(0).with(longName, 2), dcc.layers().get(1).with("a.b", 5),
                dcc.layers().get(2).with("a_b", 25));
        LayerStack stack = dcc.withLayers(renamed);
        List<String> names = LayerStackExr.partNames(renamed);
        assertEquals("ä".repeat(100), names.get(0));
        assertEquals(List.of("a_b", "a_b-2"), names.subList(1, 3));
        ExrReader.Part part = ExrReader.read(export(stack, SINGLE)).get(0);
        assertTrue(part.channels().contains("ä".repeat(100) + LayerStackExr.DEPTH_SUFFIX + ".Z"));
        assertTrue(part.channels().contains("a_b-2.A"));
        assertEquals(List.of(LayerStackExr.PLATE, "ä".repeat(100), "a_b", "a_b-2"),
                ExrReader.read(export(stack, ExrSettings.DEFAULT)).stream().map(ExrReader.Part::name).toList());
    }

    /** Channel c (premultiplied R, G, B; A) of the layers over each other, back to front, in linear light. */
    static double composite(LayerStack stack, int c, int i) {
        double v = 0;
        for (int k = stack.layers().size() - 1; k >= 0; k--) {
            Layer layer = stack.layers().get(k);
            if (layer.bounds().contains(i % stack.width(), i / stack.width())) {
                v = expected(layer, c, i) + (1 - expected(layer, 3, i)) * v;
            }
        }
        return v;
    }

    private static int byBytes(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    // ---- independent readers ----

    private static String output(List<String> command, Path log) throws IOException, InterruptedException {
        DccTools.run(command, Map.of(), log, 120);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void exrheaderReadsEveryPartsHeader() throws Exception {
        Assumptions.assumeTrue(DccTools.find("exrheader").isPresent(), DccTools.missing("exrheader", "openexr"));
        LayerStack stack = DccScene.stack();
        Path file = export(stack, ExrSettings.DEFAULT);
        String text = output(List.of("exrheader", file.toString()), temp.resolve("exrheader.log"));
        assertTrue(text.contains("file format version: 2, flags 0x1000"), text);
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("name \\(type string\\): \"([^\"]*)\"").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertEquals(List.of(LayerStackExr.PLATE, DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK), names);
        List<String> windows = new ArrayList<>();
        m = Pattern.compile("dataWindow \\(type box2i\\): \\((-?\\d+) (-?\\d+)\\) - \\((-?\\d+) (-?\\d+)\\)")
                .matcher(text);
        while (m.find()) {
            windows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        List<String> expectedWindows = new ArrayList<>(List.of("0 0 119 79"));
        for (Layer layer : stack.layers()) {
            Box b = layer.bounds();
            expectedWindows.add(b.x() + " " + b.y() + " " + b.maxX() + " " + b.maxY());
        }
        assertEquals(expectedWindows, windows);
        assertEquals(4, count(text, "displayWindow (type box2i): (0 0) - (119 79)"));
        assertEquals(3 + 3 * 5, count(text, "16-bit floating-point, sampling 1 1"));
        assertEquals(4, count(text, "compression (type compression): zip, multi-scanline blocks"));
        assertEquals(4, count(text, "worldToNDC (type m44f)"));
        assertTrue(text.contains("sensorOverallDimensions (type v2f): (36 24)"), text);

        Path floats = export(stack, new ExrSettings(ExrPrecision.FLOAT, ExrCompression.NONE, ExrTransfer.AUTO,
                ExrLayout.SINGLEPART));
        text = output(List.of("exrheader", floats.toString()), temp.resolve("exrheader-single.log"));
        assertTrue(text.contains("file format version: 2, flags 0x0"), text);
        // 3 layers × (R, G, B, A, Z), the plate's R, G, B, the composite's R, G, B, A
        assertEquals(22, count(text, "32-bit floating-point, sampling 1 1"));
        assertTrue(text.contains("compression (type compression): none"), text);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** oiiotool: part names, windows, channels and every pixel value, against the values computed here. */
    @Test
    void oiiotoolReadsPartsWindowsAndEveryPixel() throws Exception {
        Assumptions.assumeTrue(DccTools.find("oiiotool").isPresent(), DccTools.missing("oiiotool",
                "openimageio-tools"));
        LayerStack stack = DccScene.stack();
        Path file = export(stack, ExrSettings.DEFAULT);
        String info = output(List.of("oiiotool", "-a", "--info", "-v", file.toString()), temp.resolve("info.log"));
        List<String> names = all(info, "oiio:subimagename: \"([^\"]*)\"");
        assertEquals(List.of(LayerStackExr.PLATE, DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK), names);
        List<String> origins = all(info, "pixel data origin: (x=-?\\d+, y=-?\\d+)");
        assertEquals(List.of("x=20, y=10", "x=40, y=30"), origins, "the full-frame parts print no origin");
        List<String> channelLists = all(info, "channel list: ([^\\n]*)");
        assertEquals(List.of("R, G, B", "R, G, B, A, Z", "R, G, B, A, Z", "R, G, B, A, Z"), channelLists);

        String dump = output(List.of("oiiotool", "-a", "--dumpdata", file.toString()), temp.resolve("dump.log"));
        Map<Integer, Map<String, double[]>> pixels = dumped(dump);
        assertEquals(4, pixels.size());
        assertEquals(DccScene.W * DccScene.H, pixels.get(0).size());
        for (int i = 0; i < DccScene.W * DccScene.H; i++) {
            double[] got = pixels.get(0).get((i % DccScene.W) + "," + (i / DccScene.W));
            for (int c = 0; c < 3; c++) {
                assertHalf(plate(stack, c, i), got[c], "oiiotool plate " + i);
            }
        }
        for (int k = 0; k < 3; k++) {
            Layer layer = stack.layers().get(k);
            Map<String, double[]> part = pixels.get(k + 1);
            assertEquals(layer.bounds().width() * layer.bounds().height(), part.size(), "only the data window");
            for (Map.Entry<String, double[]> e : part.entrySet()) {
                String[] xy = e.getKey().split(",");
                int x = Integer.parseInt(xy[0]);
                int y = Integer.parseInt(xy[1]);
                assertTrue(layer.bounds().contains(x, y));
                for (int c = 0; c < 5; c++) { // oiiotool lists R, G, B, A, Z
                    assertHalf(expected(layer, c, y * DccScene.W + x), e.getValue()[c], "oiiotool " + layer.name());
                }
            }
        }
    }

    private static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** {@code --dumpdata} output: per subimage, "x,y" → the values. */
    private static Map<Integer, Map<String, double[]>> dumped(String dump) {
        Map<Integer, Map<String, double[]>> out = new HashMap<>();
        int subimage = 0;
        Pattern header = Pattern.compile("^ subimage +(\\d+):");
        Pattern pixel = Pattern.compile("^ +Pixel \\((-?\\d+), (-?\\d+)\\): (.*)$");
        for (String line : dump.split("\n")) {
            Matcher h = header.matcher(line);
            if (h.find()) {
                subimage = Integer.parseInt(h.group(1));
                continue;
            }
            Matcher p = pixel.matcher(line);
            if (p.find()) {
                double[] values = java.util.Arrays.stream(p.group(3).trim().split("\\s+"))
                        .mapToDouble(Double::parseDouble).toArray();
                out.computeIfAbsent(subimage, s -> new HashMap<>()).put(p.group(1) + "," + p.group(2), values);
            }
        }
        return out;
    }

    /** Blender's EXR reader: the single-part file's layers as compositor outputs, with their pixels. */
    @Test
    void blenderReadsTheSinglePartLayers() throws Exception {
        Assumptions.assumeTrue(DccTools.find("blender").isPresent(), DccTools.missing("blender", "blender"));
        LayerStack stack = DccScene.stack();
        Path file = export(stack, SINGLE);
        Path out = Files.createDirectories(temp.resolve("blender"));
        DccTools.run(List.of("blender", "-b", "--factory-startup", "--python-exit-code", "1", "--python",
                "src/test/resources/dcc/blender-read-exr.py", "--", file.toString(), out.toString(),
                String.valueOf(DccScene.W), String.valueOf(DccScene.H)), Map.of(), temp.resolve("blender.log"), 240);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("MULTILAYER", report.get("type").asText());
        List<String> outputs = new ArrayList<>();
        report.get("outputs").forEach(o -> outputs.add(o.asText()));
        List<String> expected = new ArrayList<>();
        for (String name : List.of(DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK)) {
            expected.add(name);
            expected.add(name + LayerStackExr.DEPTH_SUFFIX);
        }
        expected.add(LayerStackExr.PLATE);
        // the unprefixed composite channels: Blender's own pass names for R, G, B and A
        expected.add("Combined");
        expected.add("Alpha");
        assertEquals(expected.stream().sorted().toList(), outputs.stream().sorted().toList());
        for (int o = 0; o < outputs.size(); o++) {
            ExrReader.Part rendered = ExrReader.read(out.resolve(String.format("output-%02d.exr", o))).get(0);
            String name = outputs.get(o);
            int k = List.of(DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK).indexOf(name);
            int depthOf = List.of(DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK).indexOf(
                    name.replace(LayerStackExr.DEPTH_SUFFIX, ""));
            for (int i = 0; i < DccScene.W * DccScene.H; i++) {
                int x = i % DccScene.W;
                int y = i / DccScene.W;
                if (k >= 0) {
                    Layer layer = stack.layers().get(k);
                    boolean inside = layer.bounds().contains(x, y);
                    for (int c = 0; c < 4; c++) {
                        assertHalf(inside ? expected(layer, c, i) : 0,
                                rendered.at("RGBA".substring(c, c + 1), x, y), "Blender " + name + " " + x + "," + y);
                    }
                } else if (name.equals(LayerStackExr.PLATE)) {
                    for (int c = 0; c < 3; c++) {
                        assertHalf(plate(stack, c, i), rendered.at("RGB".substring(c, c + 1), x, y), "Blender plate");
                    }
                } else if (name.equals("Combined")) {
                    for (int c = 0; c < 4; c++) {
                        assertHalf(composite(stack, c, i), rendered.at("RGBA".substring(c, c + 1), x, y),
                                "Blender composite " + x + "," + y);
                    }
                } else if (name.equals("Alpha")) {
                    assertHalf(composite(stack, 3, i), rendered.at("R", x, y), "Blender composite alpha");
                } else {
                    Layer layer = stack.layers().get(depthOf);
                    assertHalf(layer.bounds().contains(x, y) ? layer.depthHint() : 0, rendered.at("R", x, y),
                            "Blender " + name);
                }
            }
        }
    }
}
