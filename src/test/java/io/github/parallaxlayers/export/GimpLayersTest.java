package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GIMP (Debian's gimp 2.10) opens the exports in batch mode through src/test/resources/dcc/gimp-read-layers.scm;
 * the layers it reads (names, offsets, sizes, pixels) and the image it merges are checked against the stack.
 */
class GimpLayersTest {
    static final Path SCRIPT = Path.of("src/test/resources/dcc/gimp-read-layers.scm");
    static final Box FULL = new Box(0, 0, DccScene.W, DccScene.H);

    @TempDir
    Path temp;

    // per test, not per class: Surefire reports a skipped class without its reason
    @BeforeEach
    void needsGimp() {
        Assumptions.assumeTrue(DccTools.find("gimp").isPresent(), DccTools.missing("gimp", "gimp"));
    }

    @Test
    void gimpOpensThePsdWithNamesBoundsPixelsAndTheMergedImage() throws Exception {
        LayerStack stack = DccScene.stack();
        Path out = export(stack, ExportFormat.PSD);
        Path read = readWithGimp(out.resolve(PsdWriter.FILE));
        assertLayers(stack, read, List.of(DccScene.FRONT_BOX, DccScene.MIDDLE_BOX, FULL));
        assertImage(DccScene.composite(stack), FULL, read.resolve("merged.png"), 2, "merged");
    }

    @Test
    void gimpOpensTheOra() throws Exception {
        Path found = temp.resolve("procedures.txt");
        gimp("(parallax-procedures \"^file-openraster-load$\" \"" + found + "\")");
        Assumptions.assumeTrue(Files.readString(found).contains("file-openraster-load"),
                "this GIMP has no OpenRaster loader (file-openraster-load): in GIMP 2.10 it is a Python 2 plug-in, "
                        + "which Debian bookworm's gimp package does not ship");
        LayerStack stack = DccScene.stack();
        Path out = export(stack, ExportFormat.ORA);
        Path read = readWithGimp(out.resolve(OraWriter.FILE));
        assertLayers(stack, read, List.of(FULL, FULL, FULL));
        assertImage(DccScene.composite(stack), FULL, read.resolve("merged.png"), 2, "merged");
    }

    /**
     * GIMP's EXR loader reads the unprefixed R, G, B, A channels of a single-part file (it knows no layer names):
     * the single-part export carries the layers composited "over" back to front there. GIMP opens it as one layer
     * in linear light and writes its PNG with those linear values (no transfer), so the PNG is checked against the
     * composite made here in linear light from the stack's 8-bit (sRGB) values, within 1 level.
     */
    @Test
    void gimpOpensTheSinglePartExrAsTheComposite() throws Exception {
        LayerStack stack = DccScene.stack();
        Path out = temp.resolve("export");
        LayerStackExporter.export(stack, out, false, ExportFormat.EXR, SceneSettings.DEFAULT, ExportBits.AUTO,
                new io.github.parallaxlayers.export.exr.ExrSettings(io.github.parallaxlayers.export.exr.ExrPrecision.HALF,
                        io.github.parallaxlayers.export.exr.ExrCompression.ZIP,
                        io.github.parallaxlayers.export.exr.ExrTransfer.AUTO,
                        io.github.parallaxlayers.export.exr.ExrLayout.SINGLEPART), null, ProgressListener.NONE);
        Path read = readWithGimp(out.resolve(io.github.parallaxlayers.export.exr.LayerStackExr.FILE));
        List<String> lines = Files.readAllLines(read.resolve("layers.txt"), StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), String.join("\n", lines));
        String[] f = lines.get(0).split("\t");
        assertEquals(List.of(0, 0, DccScene.W, DccScene.H), List.of(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Integer.parseInt(f[4])), "one full-frame layer");
        assertImage(linearComposite(stack), FULL, read.resolve("layer-1.png"), 1, "single-part EXR");
    }

    /** The layers over each other back to front in linear light, as 8-bit linear values (alpha straight). */
    static int[] linearComposite(LayerStack stack) {
        int n = stack.width() * stack.height();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double[] premultiplied = new double[3];
            double alpha = 0;
            for (int k = stack.layers().size() - 1; k >= 0; k--) {
                int p = stack.layers().get(k).argb()[i];
                double a = (p >>> 24) / 255.0;
                for (int c = 0; c < 3; c++) {
                    premultiplied[c] = a * toLinear(p >> 16 - 8 * c & 255) + (1 - a) * premultiplied[c];
                }
                alpha = a + (1 - a) * alpha;
            }
            int packed = (int) Math.round(alpha * 255);
            for (int c = 0; c < 3; c++) {
                packed = packed << 8 | (alpha == 0 ? 0 : (int) Math.round(Math.min(1, premultiplied[c] / alpha) * 255));
            }
            out[i] = packed;
        }
        return out;
    }

    private static double toLinear(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private Path export(LayerStack stack, ExportFormat format) {
        Path out = temp.resolve("export");
        LayerStackExporter.export(stack, out, false, format, null, ProgressListener.NONE);
        return out;
    }

    private Path readWithGimp(Path file) throws Exception {
        Path read = Files.createDirectories(temp.resolve("gimp-read"));
        gimp("(parallax-read-layers \"" + file + "\" \"" + read + "\")");
        return read;
    }

    /** One GIMP run with a profile of its own in the temporary folder, so no user's settings or plug-ins count. */
    private void gimp(String call) throws Exception {
        Path profile = temp.resolve("gimp-profile");
        // one batch command: what a command defines is gone by the next one
        String batch = "(begin (load \"" + SCRIPT.toAbsolutePath() + "\") " + call + ")";
        Path log = temp.resolve("gimp.log");
        DccTools.run(List.of("gimp", "-i", "-d", "-f", "-n", "-b", batch, "-b", "(gimp-quit 0)"),
                Map.of("GIMP2_DIRECTORY", profile.toString(), "HOME", temp.toString(),
                        "XDG_CONFIG_HOME", temp.resolve("config").toString(),
                        "XDG_CACHE_HOME", temp.resolve("cache").toString()),
                log, 240);
        // GIMP exits with 0 even when a batch command fails
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(output.contains("batch command executed successfully"), output);
    }

    private static void assertLayers(LayerStack stack, Path read, List<Box> boxes) throws Exception {
        List<String> lines = Files.readAllLines(read.resolve("layers.txt"), StandardCharsets.UTF_8);
        assertEquals(stack.layers().size(), lines.size(), String.join("\n", lines));
        for (int k = 0; k < lines.size(); k++) {
            Layer layer = stack.layers().get(k);
            String[] f = lines.get(k).split("\t");
            Box box = boxes.get(k);
            assertEquals(layer.name(), f[0], "names kept, front layer on top");
            assertEquals(List.of(box.x(), box.y(), box.width(), box.height()),
                    List.of(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                            Integer.parseInt(f[4])), layer.name() + " offsets and size");
            assertEquals("1", f[5], layer.name() + " has a transparency channel");
            assertEquals(100.0, Double.parseDouble(f[7]), 1e-9, layer.name() + " opacity");
            assertImage(layer.argb(), box, read.resolve("layer-" + (k + 1) + ".png"), 0, layer.name());
        }
    }

    /**
     * The PNG GIMP wrote against the part {@code box} of a plate-size image: alpha everywhere, colour where
     * alpha is not 0 (what a transparent pixel's colour is does not matter), within {@code tolerance} levels.
     */
    private static void assertImage(int[] expected, Box box, Path png, int tolerance, String what) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(box.width(), box.height()), List.of(image.getWidth(), image.getHeight()), what);
        int worst = 0;
        String where = "";
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int e = expected[(box.y() + y) * DccScene.W + box.x() + x];
                int g = image.getRGB(x, y);
                int channels = (e >>> 24) == 0 ? 1 : 4;
                for (int c = 0; c < channels; c++) {
                    int shift = 24 - 8 * c;
                    int d = Math.abs((e >>> shift & 255) - (g >>> shift & 255));
                    if (d > worst) {
                        worst = d;
                        where = String.format("(%d, %d): expected %08x, GIMP %08x", x, y, e, g);
                    }
                }
            }
        }
        assertTrue(worst <= tolerance, what + ": largest difference " + worst + " levels at " + where);
    }
}
