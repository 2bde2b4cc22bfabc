package io.github.parallaxlayers.imagej;

import ij.measure.ResultsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationCommandsTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @Test
    void evaluateMaskAgainstTruthGivesTheHandComputedRow() {
        // truth: 4×4 square; mask: the same square shifted right by one → overlap 12, union 20
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(
                "newImage('truth', '8-bit black', 10, 10, 1); setColor(255); fillRect(2, 2, 4, 4);"
                        + "newImage('mask', '8-bit black', 10, 10, 1); setColor(255); fillRect(3, 2, 4, 4);"
                        + "run('Evaluate Mask', 'mask=mask truth=truth');");
        assertNull(run.error(), run.output());
        ResultsTable table = ResultsTable.getResultsTable();
        int last = table.size() - 1;
        assertEquals(12.0 / 20, table.getValue("iou", last), 1e-9);
        assertEquals(24.0 / 32, table.getValue("dice", last), 1e-9);
        assertEquals(12.0 / 16, table.getValue("precision", last), 1e-9);
        assertEquals(1, table.getValue("components", last));
        assertEquals("mask", table.getLabel(last));
    }

    @Test
    void evaluateMaskFoldersMatchesFilesByName() throws Exception {
        Path masks = Files.createDirectories(temp.resolve("masks"));
        Path truths = Files.createDirectories(temp.resolve("truths"));
        BufferedImage truth = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage same = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) {
                truth.getRaster().setSample(x, y, 0, 255);
                same.getRaster().setSample(x, y, 0, 255);
            }
        }
        truth.getRaster().setSample(0, 7, 0, 128); // ignore band pixel
        same.getRaster().setSample(0, 7, 0, 255);   // a wrong pixel inside the band does not count
        ImageIO.write(truth, "png", truths.resolve("a.png").toFile());
        ImageIO.write(same, "png", masks.resolve("a.png").toFile());
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Evaluate Mask', 'masks=[" + masks + "] truths=["
                + truths + "]');");
        assertNull(run.error(), run.output());
        ResultsTable table = ResultsTable.getResultsTable();
        assertEquals(1.0, table.getValue("iou", table.size() - 1), 1e-12);
        assertEquals("a", table.getLabel(table.size() - 1));
    }

    @Test
    void evaluateClicksOnTwoGrabCutImages() throws Exception {
        Path grabcut = Path.of(System.getProperty("parallax.shared", "../shared"), "data/grabcut");
        Assumptions.assumeTrue(Files.isDirectory(grabcut), "needs ../shared/data/grabcut");
        Path out = temp.resolve("eval");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Evaluate Clicks', 'dataset=[" + grabcut
                + "] layout=grabcut backend=geodesic max_clicks=3 limit=2 out=[" + out + "]');");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("NoC@90"), run.output());
        assertEquals(2, ResultsTable.getResultsTable().size());
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertTrue(Files.exists(out.resolve("per_image.csv")));
    }

    @Test
    void evaluateViewsOnAStereoPairFillsTheResultsTableAndWritesTheFiles() throws Exception {
        Path data = temp.resolve("views");
        io.github.parallaxlayers.eval.views.ViewFixtures.stereoScene(data.resolve("flat"), 48, 32, 4);
        Path out = temp.resolve("views-out");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Evaluate Views', 'dataset=[" + data
                + "] layout=middlebury methods=[plate,card] out=[" + out + "]');");
        assertNull(run.error(), run.output());
        ResultsTable table = ResultsTable.getResultsTable();
        assertEquals(2, table.size());
        assertEquals("flat stereo", table.getLabel(1));
        assertEquals("card", table.getStringValue("method", 1));
        // a card at the true disparity of a flat scene is exact except in the 4 columns beyond the left frame
        assertEquals(100.0 * 4 / 48, table.getValue("holes_percent", 1), 1e-9);
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertTrue(Files.exists(out.resolve("strip_flat.png")));
        ImageJTestSupport.Run again = ImageJTestSupport.runMacro("run('Evaluate Views', 'dataset=[" + data
                + "] layout=middlebury methods=[plate,nerf] out=[" + temp.resolve("other") + "]');");
        assertTrue(again.error() != null && again.error().contains("Unknown value 'nerf'"), again.output());
    }
}
