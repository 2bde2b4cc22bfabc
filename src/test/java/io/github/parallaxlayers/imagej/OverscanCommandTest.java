package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Build Layer Stack overscan=N through a macro, and what the layer commands make of the larger stack. */
class OverscanCommandTest {

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static final String MASKS = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 1); setMetadata('Label', 'square'); setColor(255);"
            + "fillRect(60, 40, 60, 60);";

    @Test
    void theStackReachesBeyondTheFrameAndAShiftOfThatMuchUncoversNothing() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=back overscan=10');"
                + "run('Set Layer Depth', 'layer=square depth=2'); run('Set Layer Depth', 'layer=back depth=10');"
                // 9.8 % of the background card's width at depth 10 (fov 40°, 4:3: 2 · 10 · tan 20° · 4/3 = 9.70)
                + "run('Parallax Preview', 'move=shift amount=0.95 frames=3 fov=40');");
        assertNull(run.error(), run.output());
        ImagePlus stackImage = image("plate-layers");
        assertEquals(240, stackImage.getWidth(), "200 + 2 × 20");
        assertEquals(180, stackImage.getHeight(), "150 + 2 × 15");
        assertEquals("200 150", stackImage.getProp(LayerImages.FRAME_PROPERTY));
        LayerStack stack = LayerImages.fromImage(stackImage);
        assertEquals(200, stack.frameWidth());
        assertEquals(20, stack.marginX());
        assertEquals(15, stack.marginY());
        assertTrue(stack.layers().get(1).argb()[0] >>> 24 == 255, "the background reaches the canvas's corner");
        assertTrue(stack.layers().get(0).argb()[0] >>> 24 == 0);
        ImagePlus preview = image("plate-layers-preview");
        assertEquals(200, preview.getWidth(), "the preview is the frame");
        ResultsTable table = ResultsTable.getResultsTable();
        for (int f = 0; f < 3; f++) {
            assertEquals(0, table.getValue("holes_percent", f), 1e-9, "frame " + (f + 1));
        }
        assertTrue(stack.history().get(0).contains("overscan=10"), stack.history().toString());
    }

    @Test
    void editsKeepTheFrame() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=back overscan=5');"
                + "run('Rename Layer', 'layer=square name=box');");
        assertNull(run.error(), run.output());
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        assertEquals(200, stack.frameWidth());
        assertEquals(10, stack.marginX());
        assertEquals("box", stack.layers().get(0).name());
    }

    @Test
    void anOverscanOutOfRangeOrNotANumberIsOneClearLine() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=back overscan=60');");
        assertTrue(run.error().contains("overscan=60 is out of range; give a number from 0 to 50"), run.error());
        run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=back overscan=NaN');");
        assertTrue(run.error().contains("overscan=NaN is out of range"), run.error());
    }
}
