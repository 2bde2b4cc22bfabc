package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.HeadlessImageJ;
import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageCanvas;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Toolbar;
import ij.process.ColorProcessor;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Unit test of the Point Mask Tool's logic in a real ImageWindow under a (virtual) display, with a SAM fixture
 * model: events dispatched to the canvas make the overlay follow the clicks, undo and clear work, Enter adds the
 * mask to the layer stack. Dispatching skips the window manager and the focus system a user goes through, so it
 * proves no GUI behaviour: {@link PointMaskToolRealInputTest} and {@link LayerManagerSessionTest} do, with real X
 * input (Robot and xdotool under Xvfb and openbox). Saves a screenshot to target/screenshots/point-mask-tool.png.
 */
@Tag("display")
class PointMaskToolTest {
    @TempDir
    Path temp;

    @BeforeAll
    static void needsDisplay() {
        String display = System.getenv("DISPLAY");
        assumeFalse(GraphicsEnvironment.isHeadless() || display == null || display.isBlank(),
                "needs a display: run the tests under xvfb-run (scripts/test.sh)");
        if (IJ.getInstance() == null) {
            new ImageJ(ImageJ.NO_SHOW);
        }
        HeadlessImageJ.registerCommands(); // Enter runs Point Mask, as Fiji knows it from plugins.config
    }

    @AfterEach
    void closeImages() {
        WindowManager.closeAllWindows();
        IJ.resetEscape();
        if (Toolbar.getInstance() != null) {
            Toolbar.getInstance().setTool(Toolbar.RECTANGLE);
        }
    }

    private static void click(ImageCanvas canvas, int x, int y, int modifiers, int button) {
        canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_PRESSED, System.currentTimeMillis(), modifiers,
                canvas.screenX(x), canvas.screenY(y), 1, false, button));
        canvas.dispatchEvent(new MouseEvent(canvas, MouseEvent.MOUSE_RELEASED, System.currentTimeMillis(), modifiers,
                canvas.screenX(x), canvas.screenY(y), 1, false, button));
    }

    private static void key(ImageCanvas canvas, int code, int modifiers) {
        canvas.dispatchEvent(new KeyEvent(canvas, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), modifiers, code,
                KeyEvent.CHAR_UNDEFINED));
    }

    private static int overlayMaskPixels(ImagePlus image) {
        Overlay overlay = image.getOverlay();
        if (overlay == null) {
            return 0;
        }
        for (int i = 0; i < overlay.size(); i++) {
            if (overlay.get(i) instanceof ImageRoi roi && PointMaskTool.OVERLAY.equals(roi.getName())) {
                int[] rgb = (int[]) roi.getProcessor().getPixels();
                int n = 0;
                for (int v : rgb) {
                    n += v != 0 ? 1 : 0;
                }
                return n;
            }
        }
        return 0;
    }

    @Test
    void clicksDrawTheMaskLiveAndEnterAddsALayer() throws Exception {
        Path models = SamFixtureFiles.writeModelFolder(temp.resolve("sam"));
        PointMaskTool.configure(new PointMaskTool.Settings(SegmenterBackend.CLASSIC, models.toString(), Device.CPU));
        PointMaskTool tool = new PointMaskTool();
        tool.run("");
        assertEquals(PointMaskTool.NAME, Toolbar.getToolName());

        int[] rgb = new int[300 * 200];
        java.util.Arrays.fill(rgb, 0x14C814);
        for (int y = 120; y < 180; y++) {
            for (int x = 30; x < 90; x++) {
                rgb[y * 300 + x] = 0xDC1E1E;
            }
        }
        for (int y = 20; y < 80; y++) {
            for (int x = 200; x < 280; x++) {
                rgb[y * 300 + x] = 0x1E1EDC;
            }
        }
        ImagePlus plate = new ImagePlus("plate", new ColorProcessor(300, 200, rgb));
        plate.show();
        IJ.wait(300);
        ImageCanvas canvas = plate.getCanvas();
        assertNotNull(canvas);

        click(canvas, 60, 150, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        int red = overlayMaskPixels(plate);
        assertTrue(red >= 50 * 50 && red <= 70 * 70, "overlay of the red square: " + red);
        click(canvas, 240, 50, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        assertTrue(overlayMaskPixels(plate) > red + 70 * 50, "the blue square joins");
        key(canvas, KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK);
        assertEquals(red, overlayMaskPixels(plate), "Ctrl+Z undoes the last click");
        click(canvas, 10, 10, InputEvent.ALT_DOWN_MASK | InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        assertEquals(red, overlayMaskPixels(plate), "an alt-click on the background is a negative point");

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Rectangle bounds = plate.getWindow().getBounds();
        BufferedImage shot = new Robot().createScreenCapture(bounds);
        ImageIO.write(shot, "png", shots.resolve("point-mask-tool.png").toFile());

        key(canvas, KeyEvent.VK_ENTER, 0);
        RecordedCommand.after(() -> { }).get(); // Enter queues the Point Mask command
        ImagePlus layers = WindowManager.getImage("plate-layers");
        assertNotNull(layers, "Enter adds the mask to plate-layers");
        String[] label = layers.getStack().getSliceLabel(1).split("\n");
        assertEquals("layer-1", label[0]);
        assertEquals("Point Mask: plate=plate points=[60,150] negative=[10,10] backend=classic model_file=["
                + models + "] device=cpu multimask=best cache=memory layer=layer-1 stack=plate-layers", label[1],
                "the accepted layer's provenance is the replayable Point Mask line it was made by");
        byte[] mask = (byte[]) layers.getStack().getProcessor(1).getPixels();
        assertEquals(255, mask[150 * 300 + 60] & 0xff);
        assertEquals(0, mask[50 * 300 + 240] & 0xff);
        assertEquals(0, overlayMaskPixels(plate), "accepting clears the clicks");

        click(canvas, 240, 50, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        key(canvas, KeyEvent.VK_ESCAPE, 0);
        assertEquals(0, overlayMaskPixels(plate), "Esc clears");
        assertNull(tool.currentMask(plate));
        assertTrue(!IJ.escapePressed(), "Esc clears the clicks without leaving ImageJ's abort flag set");
        assertTrue(new File(shots.toFile(), "point-mask-tool.png").length() > 0);
    }

    @Test
    void aFailedAcceptKeepsTheClicksAndSaysWhy() throws Exception {
        PointMaskTool.configure(new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "", Device.AUTO));
        PointMaskTool tool = new PointMaskTool();
        tool.run("");
        // A 10x10 image already called plate-layers: the layer cannot go there.
        new ImagePlus("plate-layers", new ij.process.ByteProcessor(10, 10)).show();
        int[] rgb = new int[120 * 80];
        for (int y = 20; y < 60; y++) {
            for (int x = 30; x < 70; x++) {
                rgb[y * 120 + x] = 0xDC1E1E;
            }
        }
        ImagePlus plate = new ImagePlus("plate", new ColorProcessor(120, 80, rgb));
        plate.show();
        IJ.wait(300);
        ImageCanvas canvas = plate.getCanvas();
        click(canvas, 50, 40, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        assertTrue(overlayMaskPixels(plate) > 1000);
        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> false)) {
            key(canvas, KeyEvent.VK_ENTER, 0);
            RecordedCommand.after(() -> { }).get();
            RealDesktop.waitFor(() -> !watchdog.unexpectedDialogs().isEmpty(), 5000, "the error is shown");
            String error = watchdog.unexpectedDialogs().get(0);
            assertTrue(error.contains("The mask stack 'plate-layers' is 10x10") && error.contains("stack="), error);
        }
        // Reading ImageJ's last error also clears it, so it cannot leak into the next macro run of this JVM.
        assertTrue(String.valueOf(IJ.getErrorMessage()).contains("The mask stack 'plate-layers'"));
        assertEquals(1, tool.clicks(plate).size(), "the clicks are kept for another try");
        assertTrue(overlayMaskPixels(plate) > 1000, "and the mask is still shown");
        assertEquals(1, WindowManager.getImage("plate-layers").getStackSize());
    }

    @Test
    void theToolMenuDoesWhatTheKeysDo() throws Exception {
        PointMaskTool.configure(new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "", Device.AUTO));
        PointMaskTool tool = new PointMaskTool();
        tool.run("");
        int[] rgb = new int[120 * 80];
        for (int y = 20; y < 60; y++) {
            for (int x = 30; x < 70; x++) {
                rgb[y * 120 + x] = 0xDC1E1E;
            }
        }
        ImagePlus plate = new ImagePlus("menu plate", new ColorProcessor(120, 80, rgb));
        plate.show();
        IJ.wait(300);
        ImageCanvas canvas = plate.getCanvas();
        click(canvas, 50, 40, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        click(canvas, 5, 5, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        tool.runMenuAction(PointMaskTool.MenuAction.UNDO, plate);
        assertEquals(1, tool.clicks(plate).size(), "Undo last click");
        tool.runMenuAction(PointMaskTool.MenuAction.CLEAR, plate);
        assertEquals(0, tool.clicks(plate).size(), "Clear clicks");
        click(canvas, 50, 40, InputEvent.BUTTON1_DOWN_MASK, MouseEvent.BUTTON1);
        tool.runMenuAction(PointMaskTool.MenuAction.ACCEPT, plate);
        RecordedCommand.after(() -> { }).get();
        ImagePlus layers = WindowManager.getImage("menu-layers");
        assertNotNull(layers, "Add mask as layer: open " + String.join(", ", WindowManager.getImageTitles()));
        assertEquals(40 * 40, ((ij.process.ByteProcessor) layers.getProcessor()).getStatistics().histogram()[255]);
        tool.runMenuAction(PointMaskTool.MenuAction.MANAGER, plate);
        RealDesktop.waitFor(() -> LayerManagerWindow.of(plate) != null, 5000, "Layer Manager... opens the manager");
        assertEquals(List.of("layer-1"), List.of(LayerManagerWindow.of(plate).table().getValueAt(0, 1)));
        LayerManagerWindow.of(plate).dispose();
    }
}
