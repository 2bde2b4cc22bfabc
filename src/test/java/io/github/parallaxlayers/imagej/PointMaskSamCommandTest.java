package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Point Mask with SAM backends, headless, on the fixture SAM models (segment.sam.SamFixtures). */
class PointMaskSamCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** 300 x 200 green plate with a red square at 30..89 x 120..179. */
    private static String plate() {
        return "newImage('plate', 'RGB black', 300, 200, 1); setColor(20, 200, 20); fillRect(0, 0, 300, 200); "
                + "setColor(220, 30, 30); fillRect(30, 120, 60, 60); ";
    }

    private static int count(ImagePlus mask, int x0, int y0, int x1, int y1) {
        byte[] m = (byte[]) mask.getProcessor().getPixels();
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += (m[y * mask.getWidth() + x] & 0xff) == 255 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aSamModelFolderSegmentsTheClickedSquareAndLogsTheScore() throws Exception {
        Path models = SamFixtureFiles.writeModelFolder(temp.resolve("sam"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(plate()
                + "run('Point Mask', 'plate=plate points=[60,150] model_file=[" + models + "] device=cpu "
                + "multimask=best cache=memory layer=square'); "
                + "run('Point Mask', 'plate=plate points=[60,150] model_file=[" + models + "] device=cpu "
                + "multimask=all cache=off layer=all');");
        assertNull(run.error(), run.output());
        ImagePlus mask = ImageJTestSupport.image("plate-square");
        assertEquals(50 * 50, count(mask, 35, 125, 85, 175), "the square's interior");
        assertEquals(count(mask, 0, 0, 300, 200), count(mask, 25, 115, 95, 185), "nothing outside it");
        assertTrue(run.output().contains("score 0.900"), run.output());
        assertNotNull(ImageJTestSupport.image("plate-all-3"), "multimask=all adds three layers");
        assertTrue(run.output().contains("layer 'all-2'") && run.output().contains("score 0.700"), run.output());
    }

    @Test
    void aMissingRegisteredModelNamesTheDownloadCommand() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacroWithModels(temp, plate()
                + "run('Point Mask', 'points=[60,150] backend=mobile-sam device=cpu');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("'mobile-sam' is not installed"), run.error());
        assertTrue(run.error().contains("models download mobile-sam"), run.error());
    }

    @Test
    void aRegisteredModelInTheStoreIsFound() throws Exception {
        // the store layout of sam-vit-b: <store>/sam-vit-b/<the registry's file names>
        Path folder = temp.resolve("store").resolve("sam-vit-b");
        SamFixtureFiles.writeEncoderHwc(folder, "sam_vit_b_01ec64.quantized.encoder.onnx");
        SamFixtureFiles.writeDecoder(folder, "sam_vit_b_01ec64.quantized.decoder.onnx");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacroWithModels(temp.resolve("store"), plate()
                + "run('Point Mask', 'points=[60,150] backend=sam-vit-b device=cpu cache=off layer=vitb');");
        assertNull(run.error(), run.output());
        ImagePlus mask = ImageJTestSupport.image("plate-vitb");
        assertEquals(50 * 50, count(mask, 35, 125, 85, 175));
        assertTrue(run.output().contains("score 0.800") && run.output().contains("backend sam-vit-b"),
                run.output());
    }
}
