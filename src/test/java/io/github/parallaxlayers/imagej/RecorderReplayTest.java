package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;
import ij.plugin.frame.RoiManager;
import ij.process.ByteProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.Checkbox;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.TextField;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import io.github.parallaxlayers.headless.HeadlessImageJ;
import io.github.parallaxlayers.headless.MacroRunner;

/**
 * Under a real (virtual) display: a command run from the menu shows its dialog, the Macro Recorder records the
 * choices as one {@code run(...)} line with the documented keys, and replaying that line gives the same pixels.
 */
@Tag("display")
class RecorderReplayTest {

    @BeforeAll
    static void needsDisplay() {
        String display = System.getenv("DISPLAY");
        assumeFalse(GraphicsEnvironment.isHeadless() || display == null || display.isBlank(),
                "needs a display: run the tests under xvfb-run (scripts/test.sh)");
        if (IJ.getInstance() == null) {
            new ImageJ(ImageJ.NO_SHOW); // as in Fiji: results open in windows, not as hidden batch images
        }
        HeadlessImageJ.registerCommands();
    }

    @AfterEach
    void closeImages() {
        WindowManager.closeAllWindows();
    }

    @Test
    void recordedRefineMaskReplaysToTheSameMask() throws Exception {
        ByteProcessor ip = new ByteProcessor(60, 40);
        ip.setValue(255);
        ip.fillRect(10, 10, 20, 15);
        ip.set(15, 15, 0);
        ip.set(16, 15, 0);
        ImagePlus mask = new ImagePlus("mask", ip);
        mask.show();
        IJ.wait(300);

        Recorder recorder = new Recorder(false);
        Recorder.recordInMacros = true;
        Recorder.record = true;
        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> {
            if (!(dialog instanceof GenericDialog gd) || !"Refine Mask".equals(gd.getTitle())) {
                return false;
            }
            List<?> checkboxes = gd.getCheckboxes();
            List<?> numbers = gd.getNumericFields();
            ((Checkbox) checkboxes.get(0)).setState(true); // fill_holes
            ((TextField) numbers.get(4)).setText("3"); // grow: after max_hole, islands, open, close
            pressOk(gd);
            return true;
        }, dialog -> pressOk((GenericDialog) dialog))) {
            IJ.run(mask, "Refine Mask", null);
            assertEquals(List.of(), watchdog.unexpectedDialogs());
        }
        Recorder.record = false;
        String text = recorder.getText();
        recorder.close();
        Matcher line = Pattern.compile("run\\(\"Refine Mask\", \"([^\"]*)\"\\);").matcher(text);
        assertTrue(line.find(), "recorded: " + text);
        String options = line.group(1);
        assertTrue(options.contains("fill_holes") && options.contains("grow=3") && options.contains("mask=mask"),
                options);

        ImagePlus recorded = WindowManager.getImage("mask-refined");
        assertNotNull(recorded, "the dialog run made mask-refined; open: "
                + String.join(", ", WindowManager.getImageTitles()) + "; recorded: " + text);
        byte[] fromDialog = ((byte[]) recorded.getProcessor().getPixels()).clone();
        assertEquals((byte) 255, fromDialog[15 * 60 + 15], "the hole was filled");
        recorded.changes = false;
        recorded.close();

        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> false)) {
            MacroRunner.Outcome outcome = MacroRunner.run(line.group(0), "");
            assertTrue(outcome.succeeded(), outcome.error());
            assertEquals(List.of(), watchdog.unexpectedDialogs());
        }
        ImagePlus replayed = WindowManager.getImage("mask-refined");
        assertNotNull(replayed, "the replayed line made mask-refined");
        assertArrayEquals(fromDialog, (byte[]) replayed.getProcessor().getPixels());
    }

    @Test
    void maskToOutlineFillsTheRoiManagerAndComesBack() throws Exception {
        ByteProcessor ip = new ByteProcessor(50, 30);
        ip.setValue(255);
        ip.fillRect(5, 5, 20, 12);
        ip.fillRect(30, 10, 8, 8);
        ip.setValue(0);
        ip.fillRect(10, 8, 3, 3);
        ImagePlus mask = new ImagePlus("outlined", ip);
        mask.getStack().setSliceLabel("tree", 1);
        mask.show();
        IJ.wait(300);
        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> false)) {
            IJ.run(mask, "Mask to Outline", "tolerance=0");
            RoiManager manager = RoiManager.getInstance();
            assertNotNull(manager, "the ROI Manager opened");
            assertEquals(1, manager.getCount());
            assertEquals("tree", manager.getRoi(0).getName());
            mask.setRoi(manager.getRoi(0));
            IJ.run(mask, "Outline to Mask", "layer=copy");
            assertEquals(List.of(), watchdog.unexpectedDialogs());
            manager.reset();
            manager.close();
        }
        ImagePlus copy = WindowManager.getImage("outlined-copy");
        assertNotNull(copy);
        assertArrayEquals((byte[]) ip.getPixels(), (byte[]) copy.getProcessor().getPixels());
    }

    private static void pressOk(GenericDialog gd) {
        EventQueue.invokeLater(() -> gd.actionPerformed(
                new ActionEvent(gd.getButtons()[0], ActionEvent.ACTION_PERFORMED, "OK")));
    }
}
