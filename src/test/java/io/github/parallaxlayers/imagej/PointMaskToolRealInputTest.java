package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.HeadlessImageJ;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageCanvas;
import ij.gui.ImageRoi;
import ij.gui.ImageWindow;
import ij.gui.Overlay;
import ij.gui.Toolbar;
import ij.plugin.frame.Recorder;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.SegmenterBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The click tool as an artist uses it, through real input only (X events from {@link Robot} under a window manager):
 * the tool chosen from the menu, the plate's window activated by a click on its title bar, clicks on the
 * half-timbered house of the Leuven plate, then Enter, Ctrl+Z and Esc. Before the fix, ImageJ took Enter (it
 * brought its own window to the front) and Ctrl+Z (Edit › Undo), and no layer appeared.
 */
@Tag("display")
@Timeout(120)
class PointMaskToolRealInputTest {
    static final String PLATE = "sample-images/leuven-street.jpg";
    /** On the half-timbered house (the same points as macros/plate-to-layers.ijm's house layer). */
    static final int[][] HOUSE = {{340, 230}, {365, 290}};
    static final int[] PILLAR = {498, 340};

    private static Robot robot;

    @BeforeAll
    static void desktop() throws Exception {
        robot = RealDesktop.start();
        HeadlessImageJ.registerCommands();
    }

    @AfterEach
    void close() {
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null) {
                image.changes = false;
                image.close();
            }
        }
        IJ.resetEscape();
        Toolbar.getInstance().setTool(Toolbar.RECTANGLE);
    }

    /** Opens the plate in a window at 100 % and selects the tool from its menu command, as a user would. */
    static ImagePlus openPlateWithTool() {
        PointMaskTool.configure(new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "", Device.AUTO));
        ImagePlus plate = IJ.openImage(PLATE);
        plate.show();
        RealDesktop.waitFor(() -> plate.getWindow() != null && plate.getWindow().isShowing(), 10000,
                "the plate's window shows");
        assertEquals(1.0, plate.getCanvas().getMagnification(), "the plate is shown at 100 %");
        IJ.run("Point Mask Tool");
        assertEquals(PointMaskTool.NAME, Toolbar.getToolName());
        return plate;
    }

    /** A real mouse click on plate pixel (x, y). */
    static void clickPlate(ImagePlus plate, int x, int y, int button) {
        ImageCanvas canvas = plate.getCanvas();
        Point at = canvas.getLocationOnScreen();
        RealDesktop.click(at.x + canvas.screenX(x), at.y + canvas.screenY(y), button);
    }

    static int overlayPixels(ImagePlus image) {
        Overlay overlay = image.getOverlay();
        if (overlay != null) {
            for (int i = 0; i < overlay.size(); i++) {
                if (overlay.get(i) instanceof ImageRoi roi && PointMaskTool.OVERLAY.equals(roi.getName())) {
                    int n = 0;
                    for (int v : (int[]) roi.getProcessor().getPixels()) {
                        n += v != 0 ? 1 : 0;
                    }
                    return n;
                }
            }
        }
        return 0;
    }

    /** Clicks and waits for the live mask to change (the graph cut runs on the event thread). */
    static int clickAndWait(PointMaskTool tool, ImagePlus plate, int x, int y, int button) {
        int clicks = tool.clicks(plate).size();
        clickPlate(plate, x, y, button);
        RealDesktop.waitFor(() -> tool.clicks(plate).size() == clicks + 1, 30000, "click " + (clicks + 1)
                + " is taken");
        return overlayPixels(plate);
    }

    @Test
    void enterAddsTheLayerCtrlZUndoesEscClears() throws Exception {
        ImagePlus plate = openPlateWithTool();
        PointMaskTool tool = PointMaskTool.instance();
        ImageWindow window = plate.getWindow();
        RealDesktop.activateByTitleBar(window);

        int one = clickAndWait(tool, plate, HOUSE[0][0], HOUSE[0][1], InputEvent.BUTTON1_DOWN_MASK);
        int two = clickAndWait(tool, plate, HOUSE[1][0], HOUSE[1][1], InputEvent.BUTTON1_DOWN_MASK);
        assertTrue(one > 2000 && two > 2000, "the house is masked: " + one + ", then " + two + " px");

        // A third click on the pillar, then Ctrl+Z: back to the two-click mask.
        int three = clickAndWait(tool, plate, PILLAR[0], PILLAR[1], InputEvent.BUTTON1_DOWN_MASK);
        assertTrue(three != two, "the pillar click changes the mask");
        RealDesktop.key(KeyEvent.VK_Z, KeyEvent.VK_CONTROL);
        RealDesktop.waitFor(() -> tool.clicks(plate).size() == 2, 10000, "Ctrl+Z drops the third click");
        assertEquals(two, overlayPixels(plate), "Ctrl+Z gives the two-click mask back");

        RealDesktop.screenshot("point-mask-tool-leuven", RealDesktop.onScreen(window));

        // A second Ctrl+Z would undo more; Enter accepts the two house clicks instead.
        Recorder recorder = new Recorder(false);
        Recorder.record = true;
        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> false)) {
            RealDesktop.key(KeyEvent.VK_ENTER);
            RealDesktop.waitFor(() -> WindowManager.getImage("leuven-street-layers") != null, 30000,
                    "Enter adds the mask to leuven-street-layers");
            RecordedCommand.after(() -> { }).get(); // the line is recorded once the command has returned
            assertEquals(List.of(), watchdog.unexpectedDialogs());
        }
        ImagePlus layers = WindowManager.getImage("leuven-street-layers");
        assertEquals(1, layers.getStackSize());
        assertEquals("layer-1", Images.layerNames(layers).get(0));
        byte[] mask = (byte[]) layers.getStack().getPixels(1);
        int count = 0;
        for (byte b : mask) {
            count += b != 0 ? 1 : 0;
        }
        assertEquals(two, count, "the layer is the mask that was shown");
        assertEquals((byte) 255, mask[HOUSE[0][1] * 751 + HOUSE[0][0]]);
        assertEquals(0, mask[PILLAR[1] * 751 + PILLAR[0]], "the undone pillar click is not in the layer");
        assertEquals(0, overlayPixels(plate), "accepting clears the clicks");
        assertTrue(tool.clicks(plate).isEmpty());
        String recorded = recorder.getText();
        Recorder.record = false;
        recorder.close();
        assertTrue(recorded.contains("run(\"Point Mask\", \"plate=[leuven-street.jpg] points=[340,230;365,290] "
                + "backend=classic layer=layer-1 stack=[leuven-street-layers]\");"), recorded);
        assertFalse(IJ.getInstance().isActive() && KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getActiveWindow() == IJ.getInstance(), "Enter did not bring ImageJ's main window to the front");

        // Esc clears the clicks, leaves no abort flag and adds nothing.
        RealDesktop.activateByTitleBar(window);
        clickAndWait(tool, plate, HOUSE[0][0], HOUSE[0][1], InputEvent.BUTTON1_DOWN_MASK);
        RealDesktop.key(KeyEvent.VK_ESCAPE);
        RealDesktop.waitFor(() -> tool.clicks(plate).isEmpty(), 10000, "Esc clears the clicks");
        assertEquals(0, overlayPixels(plate));
        assertNull(tool.currentMask(plate));
        assertFalse(IJ.escapePressed(), "Esc on the tool's clicks is not a macro abort");
        assertEquals(1, layers.getStackSize());

        // With no clicks the keys are ImageJ's again: Enter brings ImageJ's main window to the front.
        RealDesktop.activateByTitleBar(window);
        RealDesktop.key(KeyEvent.VK_ENTER);
        RealDesktop.waitFor(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow()
                == IJ.getInstance(), 5000, "ImageJ's own Enter (main window to the front) still works");
        assertTrue(Files.size(Path.of("target/screenshots/point-mask-tool-leuven.png")) > 10_000);
    }
}
