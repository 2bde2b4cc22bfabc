package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.export.LayersManifest;
import io.github.parallaxlayers.export.LayerStackExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole chain through the real ImageJ macro interpreter, headless: a red square on a blue plate is masked
 * from one click, grown, filled, stacked and exported, and the pixels of every step are checked.
 */
class MacroChainTest {
    static final int RED = 0xc82828;
    static final int BLUE = 0x1e3cc8;

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    static String squarePlate(String title) {
        return "newImage('" + title + "', 'RGB black', 200, 150, 1);"
                + "setColor(" + (BLUE >> 16) + "," + (BLUE >> 8 & 255) + "," + (BLUE & 255) + ");"
                + "fillRect(0, 0, 200, 150);"
                + "setColor(" + (RED >> 16) + "," + (RED >> 8 & 255) + "," + (RED & 255) + ");"
                + "fillRect(60, 40, 60, 60);";
    }

    @Test
    void maskRefineFillBuildExport() throws Exception {
        Path out = temp.resolve("layers");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(squarePlate("plate")
                + "run('Point Mask', 'points=[90,70] layer=[red square] stack=Layers');"
                + "selectImage('Layers');"
                + "run('Refine Mask', 'grow=2');"
                + "run('Fill Masked Area', 'plate=plate mask=Layers-refined backend=telea dilate=0');"
                + "run('Build Layer Stack', 'plate=plate masks=Layers-refined filled=plate-filled background=sky');"
                + "run('Export Layer Stack', 'folder=[" + out + "]');");
        assertNull(run.error(), run.output());

        byte[] mask = (byte[]) image("Layers").getProcessor().getPixels();
        int inside = 0;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                boolean expected = x >= 60 && x < 120 && y >= 40 && y < 100;
                assertEquals(expected, mask[y * 200 + x] != 0, "mask at " + x + "," + y);
                inside += expected ? 1 : 0;
            }
        }
        assertEquals(3600, inside);
        String[] label = image("Layers").getStack().getSliceLabel(1).split("\n");
        assertEquals("red square", label[0]);
        assertTrue(label[1].startsWith("Point Mask: ") && label[1].contains("points=[90,70]")
                && label[1].contains("backend=classic"), label[1]);

        // A 60×60 square grown by an exact Euclidean 2 px: 3600 + 4·60·2 + 4 corner pixels at (1,1).
        byte[] grown = (byte[]) image("Layers-refined").getProcessor().getPixels();
        int count = 0;
        for (byte b : grown) {
            count += b != 0 ? 1 : 0;
        }
        assertEquals(4084, count);

        int[] plate = (int[]) image("plate").getProcessor().getPixels();
        int[] filled = (int[]) image("plate-filled").getProcessor().getPixels();
        for (int i = 0; i < plate.length; i++) {
            if (grown[i] == 0) {
                assertEquals(plate[i] & 0xffffff, filled[i] & 0xffffff, "outside the hole must be untouched");
            } else {
                assertEquals(BLUE, filled[i] & 0xffffff, "a uniform background fills exactly");
            }
        }
        assertEquals(RED, plate[70 * 200 + 90] & 0xffffff, "the plate itself is never modified");

        LayersManifest manifest = LayerStackExporter.readManifest(out);
        assertEquals(2, manifest.layers().size());
        assertEquals("red square", manifest.layers().get(0).name());
        assertEquals(new LayersManifest.Bounds(58, 38, 64, 64), manifest.layers().get(0).bbox());
        assertEquals("sky", manifest.layers().get(1).name());
        // Provenance: the commands that made the layer and the stack, in order, with their options.
        java.util.List<String> history = manifest.layers().get(0).history();
        assertEquals(2, history.size(), history.toString());
        assertTrue(history.get(0).startsWith("Point Mask: ") && history.get(1).equals("Refine Mask: mask=Layers "
                + "max_hole=0 islands=0 open=0 close=0 keep=all grow=2"), history.toString());
        assertEquals(2, manifest.history().size(), manifest.history().toString());
        assertTrue(manifest.history().get(0).startsWith("Fill Masked Area: plate=plate mask=Layers-refined backend=telea"));
        assertTrue(manifest.history().get(1).startsWith("Build Layer Stack: "));
        BufferedImage front = ImageIO.read(out.resolve("layer-01-red-square.png").toFile());
        assertEquals(0xff000000 | RED, front.getRGB(90, 70));
        assertEquals(0, front.getRGB(10, 10) >>> 24, "transparent outside the layer");
        BufferedImage back = ImageIO.read(out.resolve("layer-02-sky.png").toFile());
        assertEquals(0xff000000 | BLUE, back.getRGB(90, 70), "the back layer shows the fill behind the square");
        BufferedImage maskPng = ImageIO.read(out.resolve("mask-01-red-square.png").toFile());
        assertEquals(255, maskPng.getRaster().getSample(59, 70, 0));
        assertEquals(0, maskPng.getRaster().getSample(57, 70, 0));
        assertTrue(out.resolve("plate-filled.png").toFile().isFile());
        int[] filledPng = ImageIO.read(out.resolve("plate-filled.png").toFile()).getRGB(0, 0, 200, 150, null, 0, 200);
        for (int i = 0; i < filledPng.length; i++) {
            filledPng[i] &= 0xffffff;
            filled[i] &= 0xffffff;
        }
        assertArrayEquals(filled, filledPng);
    }

    @Test
    void pointMaskCanAddItsOutline() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(squarePlate("plate")
                + "run('Point Mask', 'points=[90,70] layer=sq outline');");
        assertNull(run.error(), run.output());
        ij.ImagePlus mask = image("plate-sq");
        assertEquals(1, mask.getOverlay().size(), "headless, the outline goes to the overlay");
        assertEquals(new java.awt.Rectangle(60, 40, 60, 60), mask.getRoi().getBounds());
        assertEquals("sq", mask.getOverlay().get(0).getName());
    }
}
