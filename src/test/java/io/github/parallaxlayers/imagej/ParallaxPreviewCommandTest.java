package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallaxPreviewCommandTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static final String SCENE = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 1); setMetadata('Label', 'square'); setColor(255);"
            + "fillRect(60, 40, 60, 60);"
            + "run('Build Layer Stack', 'plate=plate masks=masks background=back');"
            + "run('Set Layer Depth', 'layer=square depth=2'); run('Set Layer Depth', 'layer=back depth=10');";

    @Test
    void rendersFramesTabulatesHolesAndWarns() throws Exception {
        Path avi = temp.resolve("move.avi");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(SCENE
                + "run('Parallax Preview', 'move=shift amount=0.5 frames=5 width=100 save=[" + avi + "]');"
                + "if (nResults != 5 || getResult('holes_percent', 2) != 0) exit('the macro sees the table');");
        assertNull(run.error(), run.output());
        ImagePlus preview = image("plate-layers-preview");
        assertEquals(5, preview.getStackSize());
        assertEquals(100, preview.getWidth());
        assertEquals(75, preview.getHeight());
        ResultsTable table = ResultsTable.getResultsTable();
        assertEquals(5, table.size());
        assertEquals(0, table.getValue("holes_percent", 2), 1e-9, "the middle frame is the reference view");
        assertTrue(table.getValue("holes_percent", 0) > 0.5);
        assertEquals(-0.5, table.getValue("camera_x", 0), 1e-9);
        assertTrue(run.output().contains("warning: this move uncovers"), run.output());
        assertTrue(Files.size(avi) > 1000);
    }

    @Test
    void orbitBeyondReasonIsRefused() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(SCENE + "run('Parallax Preview', 'move=orbit amount=60');");
        assertTrue(run.error().contains("±15°"), run.error());
    }

    @Test
    void aPreviewTooBigForMemoryIsRefusedBeforeRendering() {
        long start = System.nanoTime();
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(SCENE
                + "run('Parallax Preview', 'frames=10000 width=16384');");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(run.error() != null && run.error().contains("10000 frames of 16384x"), run.output());
        assertTrue(run.error().contains("give fewer frames="), run.error());
        assertTrue(seconds < 30, "refused up front, not after rendering: " + seconds + " s");
    }
}
