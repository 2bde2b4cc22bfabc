package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Automatic Masks headless on the fixture SAM model folder (segment.sam.SamFixtures). */
class AutomaticMasksCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** 512 x 256 dark plate: red 64..159 x 32..95, blue 200..279 x 120..215 (on the 8-pixel encoder cells). */
    private static String plate() {
        return "newImage('plate', 'RGB black', 512, 256, 1); setColor(20, 20, 20); fillRect(0, 0, 512, 256); "
                + "setColor(220, 30, 30); fillRect(64, 32, 96, 64); setColor(30, 30, 220); fillRect(200, 120, 80, 96); ";
    }

    @Test
    void labelImageResultsTableOutlinesAndMaskStack() throws Exception {
        Path models = SamFixtureFiles.writeModelFolder(temp.resolve("sam"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(plate()
                + "run('Automatic Masks', 'plate=plate model_file=[" + models + "] device=cpu points_per_side=8 "
                + "pred_iou_thresh=0.88 stability_score_thresh=0.95 min_area=100 crop_n_layers=0 mask_stack');");
        assertNull(run.error(), run.output());
        ImagePlus labels = ImageJTestSupport.image("plate-automatic-masks");
        assertEquals(16, labels.getBitDepth());
        short[] l = (short[]) labels.getProcessor().getPixels();
        assertEquals(1, l[0], "the background is the largest mask");
        assertEquals(2, l[150 * 512 + 240], "blue (7680 px) before red (6144 px)");
        assertEquals(3, l[40 * 512 + 70]);
        assertNotNull(labels.getOverlay(), run.output());
        assertEquals(3, labels.getOverlay().size(), "one outline per mask, headless in the overlay");
        assertEquals("mask-3", labels.getOverlay().get(2).getName());
        assertEquals(new java.awt.Rectangle(64, 32, 96, 64), labels.getOverlay().get(2).getBounds());
        ResultsTable table = ResultsTable.getResultsTable();
        assertNotNull(table);
        assertEquals(3, table.size());
        assertEquals(6144, table.getValue("area", 2), 0);
        assertEquals(0.9, table.getValue("predicted_iou", 2), 1e-6);
        assertEquals(1.0, table.getValue("stability", 2), 1e-12);
        assertEquals(64, table.getValue("box_x", 2), 0);
        assertEquals(96, table.getValue("box_width", 2), 0);
        ImagePlus stack = ImageJTestSupport.image("plate-automatic-layers");
        assertEquals(3, stack.getStackSize());
        assertEquals("mask-2", Images.layerNames(stack).get(1));
        assertTrue(run.output().contains("3 masks on 'plate' from 64 prompts"), run.output());
    }

    /** The red box tilts in depth (left 58 columns at 200, the rest at 120 like the blue box): SAM keeps it whole. */
    @Test
    void autoLayersWithSamRegionsPutsTheTiltedBoxWhollyInFront() throws Exception {
        Path models = SamFixtureFiles.writeModelFolder(temp.resolve("sam"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(plate()
                + "newImage('disparity', '32-bit black', 512, 256, 1); setColor(20); fillRect(0, 0, 512, 256); "
                + "setColor(120); fillRect(200, 120, 80, 96); fillRect(122, 32, 38, 64); "
                + "setColor(200); fillRect(64, 32, 58, 64); "
                + "run('Auto Layers', 'plate=plate depth=disparity kind=disparity planes=3 regions=sam model_file=["
                + models + "] device=cpu points_per_side=8');");
        assertNull(run.error(), run.output());
        ImagePlus planes = ImageJTestSupport.image("plate-auto-layers");
        assertEquals(3, planes.getStackSize());
        byte[] front = (byte[]) planes.getStack().getPixels(1);
        int count = 0;
        int inside = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 512; x++) {
                if (front[y * 512 + x] != 0) {
                    count++;
                    inside += x >= 64 && x < 160 && y >= 32 && y < 96 ? 1 : 0;
                }
            }
        }
        assertEquals(6144, count, run.output());
        assertEquals(6144, inside);
        assertTrue(run.output().contains("3 SAM masks as regions"), run.output());
    }

    @Test
    void aMissingRegisteredModelNamesTheDownloadCommand() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacroWithModels(temp, plate()
                + "run('Automatic Masks', 'plate=plate backend=mobile-sam device=cpu');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("'mobile-sam' is not installed"), run.error());
        assertTrue(run.error().contains("models download mobile-sam"), run.error());
    }

    @Test
    void aNonSamBackendIsRefusedWithTheChoices() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(plate()
                + "run('Automatic Masks', 'plate=plate backend=classic');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("backend=classic is not a Segment Anything model"), run.error());
    }
}
