package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import org.junit.jupiter.api.AfterEach;

import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each refinement command through the real macro interpreter, against a result known by hand. */
class RefinementCommandsTest {

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static int count(String title, int slice) {
        byte[] px = (byte[]) image(title).getStack().getPixels(slice);
        int n = 0;
        for (byte b : px) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    /** Two 10×10 squares, the left one with a 2×2 hole, on a 40×20 mask called "m". */
    private static final String TWO_SQUARES = "newImage('m', '8-bit black', 40, 20, 1); setColor(255);"
            + "fillRect(2, 2, 10, 10); fillRect(25, 5, 10, 10); setColor(0); fillRect(6, 6, 2, 2);";

    @Test
    void refineKeepsTheClickedPartFillsItsHoleAndGrows() {
        ok(TWO_SQUARES + "run('Refine Mask', 'fill_holes keep=touching points=[5,5] grow=1');");
        // 10×10 filled, grown by an exact 1 px: 100 + 4·10 = 140 (no corner pixels at distance √2 > 1)
        assertEquals(140, count("m-refined", 1));
        assertEquals(196, count("m", 1), "the source keeps its hole and both squares");
    }

    /** A 40×20 stack "m": slice "front" has a square with a 2×2 hole, slice "back" the same square. */
    private static final String TWO_LAYERS = "newImage('m', '8-bit black', 40, 20, 2); setColor(255);"
            + "setSlice(1); setMetadata('Label', 'front'); fillRect(2, 2, 10, 10); setColor(0); fillRect(6, 6, 2, 2);"
            + "setSlice(2); setMetadata('Label', 'back'); setColor(255); fillRect(2, 2, 10, 10); setColor(0);"
            + "fillRect(6, 6, 2, 2); setSlice(1);";

    @Test
    void layersActOnTheNamedLayersOnlyAndPassTheOthersThrough() {
        ok(TWO_LAYERS + "run('Refine Mask', 'mask=m layers=back fill_holes');");
        assertEquals(96, count("m-refined", 1), "'front' is not chosen: unchanged");
        assertEquals(100, count("m-refined", 2), "'back' has its hole filled");
        assertEquals("front", image("m-refined").getStack().getSliceLabel(1).split("\n")[0]);
        assertTrue(image("m-refined").getStack().getSliceLabel(2).contains("Refine Mask: mask=m layers=back"),
                image("m-refined").getStack().getSliceLabel(2));
        ImageJTestSupport.closeAll();

        ok(TWO_LAYERS + "run('Feather Mask', 'mask=m layers=[front] width=8');");
        byte[] front = (byte[]) image("m-feathered").getStack().getPixels(1);
        byte[] back = (byte[]) image("m-feathered").getStack().getPixels(2);
        assertTrue((front[2 * 40 + 2] & 0xff) > 0 && (front[2 * 40 + 2] & 0xff) < 255, "'front' has a soft edge");
        assertEquals(255, back[2 * 40 + 2] & 0xff, "'back' keeps its hard edge");
        assertEquals(0, back[1 * 40 + 1] & 0xff);
        ImageJTestSupport.closeAll();

        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(TWO_LAYERS
                + "run('Refine Mask', 'mask=m layers=[back,house] fill_holes');");
        assertTrue(run.error().contains("Refine Mask: m has no layer named 'house'; its layers are front, back"),
                run.error());
    }

    @Test
    void fillWithLayersFillsOnlyUnderTheNamedLayers() {
        // a grey plate with a white square under 'front' and a black one under 'back'
        ok("newImage('plate', 'RGB black', 40, 20, 1); setColor(128, 128, 128); fillRect(0, 0, 40, 20);"
                + "setColor(255, 255, 255); fillRect(4, 4, 6, 6); setColor(0, 0, 0); fillRect(24, 4, 6, 6);"
                + "newImage('m', '8-bit black', 40, 20, 2); setColor(255); setSlice(1); setMetadata('Label', 'front');"
                + "fillRect(4, 4, 6, 6); setSlice(2); setMetadata('Label', 'back'); fillRect(24, 4, 6, 6);"
                + "run('Fill Masked Area', 'plate=plate mask=m layers=front backend=telea dilate=1');");
        int[] filled = (int[]) image("plate-filled").getProcessor().getPixels();
        assertEquals(0x808080, filled[6 * 40 + 6] & 0xffffff, "under 'front': filled from the grey around it");
        assertEquals(0x000000, filled[6 * 40 + 26] & 0xffffff, "under 'back': the plate, not filled");
    }

    @Test
    void buildWithLayersBuildsTheNamedLayersWithTheirDepths() {
        ok("newImage('plate', 'RGB black', 40, 20, 1);" + TWO_LAYERS
                + "run('Set Layer Depth', 'stack=m layer=back depth=9');"
                + "run('Build Layer Stack', 'plate=plate masks=m layers=back background=[bg]');");
        ImagePlus built = image("plate-layers");
        assertEquals(List.of("back", "bg"), LayerImages.fromImage(built).layers().stream().map(l -> l.name())
                .toList());
        assertEquals(9, LayerImages.fromImage(built).layers().get(0).depthHint(), "the chosen layer keeps its depth");
    }

    @Test
    void openAndCloseWithDisks() {
        ok("newImage('m', '8-bit black', 40, 20, 1); setColor(255); fillRect(2, 2, 12, 12); fillRect(14, 7, 16, 1);"
                + "run('Refine Mask', 'open=2');");
        assertEquals(0, ((byte[]) image("m-refined").getProcessor().getPixels())[7 * 40 + 20], "the wire is gone");
        ImageJTestSupport.closeAll();
        ok("newImage('m', '8-bit black', 40, 20, 1); setColor(255); fillRect(2, 2, 12, 12);"
                + "run('Refine Mask', 'open=2');");
        assertEquals(144 - 12, count("m-refined", 1), "3 px per corner are farther than 2 px from the eroded core");
        ImageJTestSupport.closeAll();
        ok("newImage('m', '8-bit black', 40, 20, 1); setColor(255); fillRect(5, 5, 10, 10); fillRect(17, 5, 10, 10);"
                + "run('Refine Mask', 'close=2');");
        // The gap (columns 15–16) closes except its end rows, which the disk rounds off: 200 + 2·8.
        assertEquals(216, count("m-refined", 1));
    }

    @Test
    void featherGivesTheDistanceRamp() {
        ok("newImage('m', '8-bit black', 40, 1, 1); setColor(255); fillRect(0, 0, 20, 1);"
                + "run('Feather Mask', 'width=8 mode=inside');");
        byte[] alpha = (byte[]) image("m-feathered").getProcessor().getPixels();
        assertEquals(Math.round(0.5 / 8 * 255), alpha[19] & 0xff);
        assertEquals(255, alpha[5] & 0xff);
        assertEquals(0, alpha[25] & 0xff);
    }

    /**
     * A red square on blue, its mask feathered 8 px centred on the border: outside the square the soft alpha is
     * above 0 over pure blue plate pixels. Decontaminated, those pixels carry the square's red (no blue halo over a
     * new background); inside, the plate's own red is kept. (The plate's edge is hard while the alpha is soft, so
     * the matting model I = αF + (1 − α)B does not hold exactly here, and some blue stays.)
     */
    @Test
    void decontaminateTakesTheBackgroundOutOfTheSoftEdge() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("newImage('m', '8-bit black', 40, 10, 1);"
                + "run('Feather Mask', 'decontaminate');");
        assertTrue(run.error().contains("decontaminate needs the plate as guide: add guide=[plate title]."),
                run.error());
        ImageJTestSupport.closeAll();
        ok("newImage('plate', 'RGB black', 64, 64, 1); setColor(32, 64, 224); fillRect(0, 0, 64, 64);"
                + "setColor(208, 32, 32); fillRect(16, 16, 32, 32);"
                + "newImage('m', '8-bit black', 64, 64, 1); setColor(255); fillRect(16, 16, 32, 32);"
                + "run('Feather Mask', 'width=8 mode=centred decontaminate guide=plate');");
        byte[] alpha = (byte[]) image("m-feathered").getProcessor().getPixels();
        int[] colour = (int[]) image("m-foreground").getProcessor().getPixels();
        int outside = 32 * 64 + 49; // one pixel right of the square, on the plate's blue
        assertTrue((alpha[outside] & 0xff) > 60, "the soft edge reaches over the blue");
        int rgb = colour[outside];
        // the plate there is (32, 64, 224); measured (157, 32, 97): mostly the square's red, the blue halved
        assertTrue((rgb >> 16 & 0xff) > (rgb & 0xff) && (rgb & 0xff) < 224 / 2,
                "red, not blue: " + Integer.toHexString(rgb));
        assertEquals(0xD02020, colour[32 * 64 + 32] & 0xffffff, "inside, the plate's own colour");
    }

    @Test
    void edgeAwareFeatherNeedsAGuideAndUsesIt() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("newImage('m', '8-bit black', 40, 10, 1);"
                + "run('Feather Mask', 'edge');");
        assertTrue(run.error().contains("guide=[plate title]"), run.error());
        ImageJTestSupport.closeAll();
        ok("newImage('plate', 'RGB black', 48, 16, 1); setColor(208, 32, 32); fillRect(0, 0, 24, 16);"
                + "setColor(32, 64, 224); fillRect(24, 0, 24, 16);"
                + "newImage('m', '8-bit black', 48, 16, 1); setColor(255); fillRect(0, 0, 20, 16);"
                + "run('Feather Mask', 'width=2 mode=centred edge guide=plate radius=8 eps=0.001');");
        byte[] alpha = (byte[]) image("m-feathered").getProcessor().getPixels();
        assertTrue((alpha[8 * 48 + 22] & 0xff) > 60, "alpha reaches toward the plate edge");
        assertTrue((alpha[8 * 48 + 27] & 0xff) < 40);
    }

    @Test
    void guideOfAnotherSizeIsRefused() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("newImage('plate', 'RGB black', 30, 30, 1);"
                + "newImage('m', '8-bit black', 40, 20, 1); run('Feather Mask', 'edge guide=plate');");
        assertTrue(run.error().contains("40x20") && run.error().contains("30x30"), run.error());
    }

    @Test
    void everySliceOfAStackKeepsItsLabelAndCalibration() {
        ok("newImage('stack', '8-bit black', 20, 10, 2); setSlice(1); setMetadata('Label', 'front'); setColor(255);"
                + "fillRect(2, 2, 4, 4); setSlice(2); setMetadata('Label', 'back'); fillRect(10, 2, 4, 4);"
                + "setVoxelSize(0.5, 0.5, 1, 'mm');"
                + "run('Refine Mask', 'grow=1');");
        ij.ImagePlus refined = image("stack-refined");
        assertEquals("front", refined.getStack().getSliceLabel(1).split("\n")[0]);
        assertEquals("back", refined.getStack().getSliceLabel(2).split("\n")[0]);
        assertEquals("Refine Mask: mask=stack max_hole=0 islands=0 open=0 close=0 keep=all grow=1",
                refined.getStack().getSliceLabel(2).split("\n")[1]);
        assertEquals(0.5, refined.getCalibration().pixelWidth);
        assertEquals(16 + 4 * 4, count("stack-refined", 1));
        assertEquals(16 + 4 * 4, count("stack-refined", 2));
    }

    @Test
    void combineAndSeparate() {
        ok(TWO_SQUARES + "newImage('b', '8-bit black', 40, 20, 1); setColor(255); fillRect(0, 0, 7, 20);"
                + "run('Combine Masks', 'a=m b=b operation=subtract');");
        assertEquals(196 - 48, count("m-subtract", 1), "columns 2–6 of the left square leave (48 px: column 6 has 2 hole px)");

        ImageJTestSupport.closeAll();
        ok("newImage('stack', '8-bit black', 20, 10, 2); setSlice(1); setColor(255); fillRect(5, 0, 5, 10);"
                + "setSlice(2); fillRect(0, 0, 20, 10);"
                + "run('Combine Masks', 'a=stack separate overlap=2');");
        assertEquals(50, count("stack-separated", 1));
        assertEquals(190, count("stack-separated", 2), "the back keeps 2 px under each edge of the 5 px front: only column 7 goes");
    }

    @Test
    void outlineRoundTripReproducesTheMask() {
        // Headless there is no ROI Manager: the outline becomes the mask's selection (and overlay).
        ok(TWO_SQUARES + "run('Mask to Outline', 'tolerance=0'); if (Overlay.size != 1) exit('overlay');"
                + "run('Outline to Mask', 'layer=copy');");
        assertArrayEquals((byte[]) image("m").getProcessor().getPixels(),
                (byte[]) image("m-copy").getProcessor().getPixels());
    }

    @Test
    void outlineToMaskWithoutASelectionSaysWhatToDo() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(TWO_SQUARES + "run('Outline to Mask');");
        assertTrue(run.error().contains("no area selection"), run.error());
    }
}
