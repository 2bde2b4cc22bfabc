package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.HeadlessImageJ;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.gui.Overlay;
import ij.gui.Toolbar;
import ij.text.TextWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.parallaxlayers.imagej.PointMaskToolRealInputTest.HOUSE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Layer Manager's buttons on their selected layers, and the click tool's icon menu, through real input only
 * (X events from {@link java.awt.Robot} under openbox): a real click selects a row; Refine… opens on that layer
 * (the {@code layers=} option) with a working Preview; Feather…'s Preview checkbox draws and Esc cancels; Build shows
 * (on the selected layer) the fall-back progress line (it reports none) and Preview… the renderer's real progress; a mask edit after Build
 * marks the stack out of date and Export refuses it. The tool's icon menu accepts, undoes and clears with the mouse.
 */
@Tag("display")
@Timeout(300)
class LayerManagerRealInputTest {
    private static final String MASKS = "leuven-street-layers";
    /** The pillar (layer-1) and the house (layer-2), as the tool's Enter records them. */
    private static final String[] POINT_MASKS = {
        "plate=[leuven-street.jpg] points=[498,340;497,410] backend=classic layer=layer-1 stack=[" + MASKS + "]",
        "plate=[leuven-street.jpg] points=[340,230;365,290] backend=classic layer=layer-2 stack=[" + MASKS + "]"};

    @BeforeAll
    static void desktop() throws Exception {
        RealDesktop.start();
        HeadlessImageJ.registerCommands();
    }

    @AfterEach
    void close() {
        for (Window w : Window.getWindows()) {
            if (w instanceof LayerManagerWindow manager) {
                manager.dispose();
            }
            if (w instanceof TextWindow table && table.isDisplayable()) {
                table.close(false); // a Results table left open would take later tests' keys and clicks
            }
        }
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

    private static GenericDialog dialog(String title) {
        GenericDialog[] found = new GenericDialog[1];
        RealDesktop.waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof GenericDialog gd && gd.isShowing() && title.equals(gd.getTitle())) {
                    found[0] = gd;
                    return true;
                }
            }
            return false;
        }, 20000, "the " + title + " dialog opens");
        IJ.wait(300);
        return found[0];
    }

    private static void waitIdle(LayerManagerWindow manager, String what) throws Exception {
        RealDesktop.waitFor(manager::idle, 120000, what);
        RecordedCommand.after(() -> { }).get(10, TimeUnit.SECONDS);
        IJ.wait(200); // the window's refresh after the step runs on the event thread
    }

    private static void clickRow(LayerManagerWindow manager, int row) {
        RealDesktop.activateByTitleBar(manager);
        Rectangle cell = manager.table().getCellRect(row, 1, true);
        Point table = manager.table().getLocationOnScreen();
        RealDesktop.click(table.x + cell.x + cell.width / 2, table.y + cell.y + cell.height / 2,
                InputEvent.BUTTON1_DOWN_MASK);
        RealDesktop.waitFor(() -> manager.table().getSelectedRow() == row
                && manager.table().getSelectedRowCount() == 1, 5000, "row " + row + " is selected");
    }

    private static void typeInto(TextField field, String text) throws Exception {
        RealDesktop.click(field);
        RealDesktop.key(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        RealDesktop.type(text);
    }

    private static boolean hasPreview(ImagePlus image) {
        Overlay overlay = image == null ? null : image.getOverlay();
        if (overlay == null) {
            return false;
        }
        for (int i = 0; i < overlay.size(); i++) {
            if (PreviewOverlay.NAME.equals(overlay.get(i).getName())) {
                return true;
            }
        }
        return false;
    }

    private static int count(ImagePlus image, int slice) {
        int n = 0;
        for (byte b : (byte[]) image.getStack().getPixels(slice)) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void buttonsActOnTheSelectedLayerShowProgressAndRefuseAStaleExport() throws Exception {
        ImagePlus plate = PointMaskToolRealInputTest.openPlateWithTool();
        for (String options : POINT_MASKS) {
            IJ.run(plate, "Point Mask", options);
        }
        ImagePlus masks = WindowManager.getImage(MASKS);
        assertEquals(2, masks.getStackSize());
        byte[] pillar = ((byte[]) masks.getStack().getPixels(1)).clone();
        int house = count(masks, 2);
        IJ.selectWindow(plate.getID());
        IJ.run("Layer Manager");
        LayerManagerWindow manager = LayerManagerWindow.of(plate);
        assertNotNull(manager, "Layer Manager opened for the plate");
        RealDesktop.waitFor(() -> manager.isShowing() && manager.table().getRowCount() == 2, 10000,
                "the manager lists both layers");
        List<String> expected = List.of("Refine Mask", "Feather Mask", "Parallax Preview");
        try (DialogWatchdog watchdog = new DialogWatchdog(d -> d instanceof GenericDialog
                && expected.contains(d.getTitle()))) {
            // Refine… on the selected house only: the dialog opens on it, Preview draws, Enter runs.
            clickRow(manager, 1);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.REFINE));
            GenericDialog refine = dialog("Refine Mask");
            assertEquals(MASKS, ((Choice) refine.getChoices().get(0)).getSelectedItem(), "the manager's masks");
            TextField layers = (TextField) refine.getStringFields().get(0);
            assertEquals("layer-2", layers.getText(), "the selected layer");
            RealDesktop.click((Checkbox) refine.getCheckboxes().get(0)); // fill_holes
            typeInto((TextField) refine.getNumericFields().get(4), "3"); // grow
            RealDesktop.click(refine.getPreviewCheckbox());
            RealDesktop.waitFor(() -> hasPreview(masks), 10000, "Refine's Preview draws over the mask stack");
            assertEquals(2, masks.getCurrentSlice(), "the preview shows the selected layer");
            RealDesktop.click((TextField) refine.getNumericFields().get(4));
            RealDesktop.key(KeyEvent.VK_ENTER);
            waitIdle(manager, "Refine Mask ran");
            ImagePlus refined = WindowManager.getImage(MASKS + "-refined");
            assertNotNull(refined, "Refine made " + MASKS + "-refined");
            assertFalse(hasPreview(masks), "the preview is gone after OK");
            assertArrayEquals(pillar, (byte[]) refined.getStack().getPixels(1), "the pillar was not selected");
            assertTrue(count(refined, 2) > house + 200, "the house grew by 3 px: " + house + " -> "
                    + count(refined, 2));
            assertTrue(manager.statusLines().contains("Refine Mask: slice 2, 100 %"), "Refine's own progress in "
                    + "the manager: " + manager.statusLines());
            RealDesktop.waitFor(() -> manager.getTitle().endsWith(MASKS + "-refined"), 5000,
                    "the manager follows the refined masks");

            // Feather…: its Preview checkbox draws the ramp on the refined stack; Esc cancels and leaves nothing.
            RealDesktop.activateByTitleBar(manager);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.FEATHER));
            GenericDialog feather = dialog("Feather Mask");
            assertEquals(MASKS + "-refined", ((Choice) feather.getChoices().get(0)).getSelectedItem());
            RealDesktop.click(feather.getPreviewCheckbox());
            RealDesktop.waitFor(() -> hasPreview(refined), 10000, "Feather's Preview draws over the refined stack");
            assertEquals(2, refined.getCurrentSlice(), "the preview shows the selected layer");
            IJ.wait(300);
            RealDesktop.screenshot("feather-mask-preview", RealDesktop.onScreen(feather)
                    .union(RealDesktop.onScreen(refined.getWindow())));
            RealDesktop.key(KeyEvent.VK_ESCAPE);
            waitIdle(manager, "Feather Mask was cancelled");
            assertFalse(hasPreview(refined), "Cancel takes the preview away");
            assertNull(WindowManager.getImage(MASKS + "-refined-feathered"), "Cancel makes nothing");

            // Build reports no progress: the fall-back line shows while it works.
            RealDesktop.activateByTitleBar(manager);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.BUILD));
            waitIdle(manager, "Build ran");
            ImagePlus built = WindowManager.getImage(MASKS + "-1");
            assertNotNull(built, "the built layer stack");
            assertEquals(2, built.getNSlices(), "Build on the selected house: the house and the background");
            List<String> lines = manager.statusLines();
            int start = lines.lastIndexOf("Build Layer Stack: working (no progress reported)");
            assertTrue(start >= 0 && lines.get(lines.size() - 1).equals("Build Layer Stack: done"), lines.toString());
            RealDesktop.waitFor(() -> manager.builtState().equals("Layer stack: " + MASKS
                    + "-1 (up to date with its masks)"), 5000, "the built stack is up to date");

            // Preview…: its dialog (8 frames typed), then the renderer's frames as progress.
            RealDesktop.click(manager.button(LayerManagerWindow.Button.PREVIEW));
            GenericDialog preview = dialog("Parallax Preview");
            typeInto((TextField) preview.getNumericFields().get(1), "8"); // frames
            RealDesktop.key(KeyEvent.VK_ENTER);
            waitIdle(manager, "Parallax Preview ran");
            ImagePlus frames = WindowManager.getImage(MASKS + "-1-preview");
            assertNotNull(frames, "Preview made the frames");
            assertEquals(8, frames.getStackSize());
            assertTrue(manager.statusLines().contains("Parallax Preview: frame 8, 100 %"), manager.statusLines()
                    .toString());

            // Delete the pillar (a real click on its row, then Delete): the built stack is now out of date.
            clickRow(manager, 0);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.DELETE));
            waitIdle(manager, "Delete ran");
            assertEquals(1, refined.getStackSize());
            RealDesktop.waitFor(() -> manager.builtState().equals("Layer stack: " + MASKS + "-1 is out of date: "
                    + MASKS + "-refined changed after Build; press Build again"), 5000,
                    "the manager marks the stack out of date: " + manager.builtState());
            RealDesktop.click(manager.button(LayerManagerWindow.Button.EXPORT));
            IJ.wait(1000);
            assertEquals("Not exported: " + MASKS + "-1 is out of date: " + MASKS + "-refined changed after Build; "
                    + "press Build again.", manager.statusLines().get(manager.statusLines().size() - 1));
            RealDesktop.screenshot("layer-manager-stale", RealDesktop.onScreen(manager));
            assertEquals(List.of(), watchdog.unexpectedDialogs(), "no Export dialog, no error dialog");
        }
    }

    /** Where the tool's icon is on ImageJ's toolbar, in screen coordinates (its middle). */
    private static Point toolIcon() throws Exception {
        Toolbar toolbar = Toolbar.getInstance();
        assertEquals(PointMaskTool.NAME, Toolbar.getToolName(), "the tool is selected");
        int id = Toolbar.getToolId();
        Method index = Toolbar.class.getDeclaredMethod("toolID", int.class);
        index.setAccessible(true); // ImageJ's own x → tool mapping (private); the icon's place depends on the layout
        int first = -1;
        int last = -1;
        for (int x = 0; x < toolbar.getWidth(); x++) {
            if ((int) index.invoke(toolbar, x) == id) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        assertTrue(first >= 0, "the tool has an icon on the toolbar");
        Point at = toolbar.getLocationOnScreen();
        return new Point(at.x + (first + last) / 2, at.y + toolbar.getHeight() / 2);
    }

    /**
     * Right-clicks the tool's icon and clicks the menu entry. An AWT popup has no component to ask where it is: it
     * opens with its top left corner at the click, and its bottom is the lowest row of the screen that changed
     * (right of and below the click, the mouse already resting there so ImageJ's hover text is drawn before);
     * its entries are of equal height.
     */
    private static void toolMenu(PointMaskTool.MenuAction action) throws Exception {
        RealDesktop.activateByTitleBar(IJ.getInstance());
        Point icon = toolIcon();
        Rectangle area = new Rectangle(icon.x, icon.y, 400, 300).intersection(new Rectangle(0, 0, 1600, 1200));
        RealDesktop.move(icon.x, icon.y);
        IJ.wait(500);
        BufferedImage before = RealDesktop.capture(area);
        RealDesktop.click(icon.x, icon.y, InputEvent.BUTTON3_DOWN_MASK);
        int[] bottom = new int[1];
        RealDesktop.waitFor(() -> (bottom[0] = lowestChange(before, RealDesktop.capture(area))) > 40, 10000,
                "the tool's menu opens");
        IJ.wait(300);
        bottom[0] = lowestChange(before, RealDesktop.capture(area));
        RealDesktop.screenshot("point-mask-tool-menu", new Rectangle(area.x - 40, area.y - 40, 300,
                bottom[0] + 60));
        double entry = bottom[0] / (double) PointMaskTool.MenuAction.values().length;
        RealDesktop.click(icon.x + 30, icon.y + (int) ((action.ordinal() + 0.5) * entry),
                InputEvent.BUTTON1_DOWN_MASK);
    }

    /** The lowest row (from the top of the area) where the two captures differ; -1 when they are the same. */
    private static int lowestChange(BufferedImage a, BufferedImage b) {
        for (int y = a.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return y;
                }
            }
        }
        return -1;
    }

    @Test
    void theToolIconMenuUndoesAcceptsAndClearsWithTheMouseOnly() throws Exception {
        ImagePlus plate = PointMaskToolRealInputTest.openPlateWithTool();
        PointMaskTool tool = PointMaskTool.instance();
        // keep the plate clear of the area under the toolbar, where the menu opens
        plate.getWindow().setLocation(100, 600);
        RealDesktop.waitFor(() -> plate.getWindow().getLocationOnScreen().y >= 590, 5000, "the plate moved");
        RealDesktop.activateByTitleBar(plate.getWindow());
        for (int[] p : HOUSE) {
            PointMaskToolRealInputTest.clickAndWait(tool, plate, p[0], p[1], InputEvent.BUTTON1_DOWN_MASK);
        }
        PointMaskToolRealInputTest.clickAndWait(tool, plate, PointMaskToolRealInputTest.PILLAR[0],
                PointMaskToolRealInputTest.PILLAR[1], InputEvent.BUTTON1_DOWN_MASK);
        IJ.wait(300);
        int twoClicks;
        try (DialogWatchdog watchdog = new DialogWatchdog(d -> false)) {
            toolMenu(PointMaskTool.MenuAction.UNDO);
            RealDesktop.waitFor(() -> tool.clicks(plate).size() == 2, 10000, "the menu's Undo drops the pillar click");
            RealDesktop.waitFor(() -> PointMaskToolRealInputTest.overlayPixels(plate) > 2000, 10000,
                    "the two-click mask shows");
            twoClicks = PointMaskToolRealInputTest.overlayPixels(plate);

            toolMenu(PointMaskTool.MenuAction.ACCEPT);
            RealDesktop.waitFor(() -> WindowManager.getImage(MASKS) != null, 30000,
                    "the menu's Add adds the mask to " + MASKS);
            RecordedCommand.after(() -> { }).get(10, TimeUnit.SECONDS);
            ImagePlus layers = WindowManager.getImage(MASKS);
            assertEquals(1, layers.getStackSize());
            assertEquals(twoClicks, count(layers, 1), "the layer is the mask that was shown");
            assertTrue(tool.clicks(plate).isEmpty(), "accepting clears the clicks");

            RealDesktop.activateByTitleBar(plate.getWindow());
            PointMaskToolRealInputTest.clickAndWait(tool, plate, HOUSE[0][0], HOUSE[0][1],
                    InputEvent.BUTTON1_DOWN_MASK);
            toolMenu(PointMaskTool.MenuAction.CLEAR);
            RealDesktop.waitFor(() -> tool.clicks(plate).isEmpty(), 10000, "the menu's Clear drops the clicks");
            assertEquals(0, PointMaskToolRealInputTest.overlayPixels(plate));
            assertEquals(1, layers.getStackSize(), "Clear adds nothing");
            assertEquals(List.of(), watchdog.unexpectedDialogs());
        }
    }
}
