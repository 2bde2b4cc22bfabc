package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.HeadlessImageJ;
import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.gui.Overlay;
import ij.gui.Toolbar;
import ij.plugin.frame.Recorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Checkbox;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Rectangle;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.parallaxlayers.imagej.PointMaskToolRealInputTest.HOUSE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole artist's session through real input: two layers made with the click tool (clicks, negative
 * right-clicks; Enter for the first, the Layer Manager's Add for the second), then the manager's buttons — Refine…
 * (its dialog: a checkbox, Preview, a typed value, Enter), Fill, Build, Export… (a typed folder) — and the Macro Recorder's text of that session, replayed
 * by the headless command line ({@code run-macro} in a separate headless JVM), writes byte-identical files.
 */
@Tag("display")
@Timeout(300)
class LayerManagerSessionTest {
    private static final int[][] PILLAR = {{498, 340}, {497, 410}};
    private static final int[] PILLAR_NEGATIVE = {455, 400};
    private static final int[] SKY = {300, 150};

    @TempDir
    Path temp;

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
        }
        for (int id : WindowManager.getIDList() == null ? new int[0] : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null) {
                image.changes = false;
                image.close();
            }
        }
        Toolbar.getInstance().setTool(Toolbar.RECTANGLE);
    }

    private static void accept(ImagePlus plate, int layers) throws Exception {
        RealDesktop.key(KeyEvent.VK_ENTER);
        RealDesktop.waitFor(() -> WindowManager.getImage("leuven-street-layers") != null
                && WindowManager.getImage("leuven-street-layers").getStackSize() == layers, 30000,
                "Enter adds layer-" + layers);
        RecordedCommand.after(() -> { }).get(10, TimeUnit.SECONDS);
        RealDesktop.activateByTitleBar(plate.getWindow()); // the new stack's window took the focus
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
    }

    @Test
    void guiSessionRecordsAMacroThatReplaysHeadlessToTheSameFiles() throws Exception {
        Recorder recorder = new Recorder(false);
        Recorder.record = true;
        List<String> expected = List.of("Refine Mask", "Export Layer Stack");
        try (DialogWatchdog watchdog = new DialogWatchdog(d -> d instanceof GenericDialog
                && expected.contains(d.getTitle()))) {
            ImagePlus plate = PointMaskToolRealInputTest.openPlateWithTool();
            PointMaskTool tool = PointMaskTool.instance();
            RealDesktop.activateByTitleBar(plate.getWindow());
            for (int[] p : PILLAR) {
                PointMaskToolRealInputTest.clickAndWait(tool, plate, p[0], p[1], InputEvent.BUTTON1_DOWN_MASK);
            }
            PointMaskToolRealInputTest.clickAndWait(tool, plate, PILLAR_NEGATIVE[0], PILLAR_NEGATIVE[1],
                    InputEvent.BUTTON3_DOWN_MASK);
            assertEquals(List.of(true, true, false), tool.clicks(plate).stream().map(c -> c.positive()).toList(),
                    "a right-click is a negative point");
            accept(plate, 1);

            IJ.selectWindow(plate.getID());
            IJ.run("Layer Manager");
            LayerManagerWindow manager = LayerManagerWindow.of(plate);
            assertNotNull(manager, "Layer Manager opened for the plate");
            RealDesktop.waitFor(() -> manager.isShowing() && manager.table().getRowCount() == 1, 10000,
                    "the manager lists the first layer");

            // The second layer: house clicks, a negative right-click on the sky, then the manager's button.
            RealDesktop.activateByTitleBar(plate.getWindow());
            for (int[] p : HOUSE) {
                PointMaskToolRealInputTest.clickAndWait(tool, plate, p[0], p[1], InputEvent.BUTTON1_DOWN_MASK);
            }
            PointMaskToolRealInputTest.clickAndWait(tool, plate, SKY[0], SKY[1], InputEvent.BUTTON3_DOWN_MASK);
            IJ.wait(300);
            RealDesktop.screenshot("layer-manager-leuven", RealDesktop.onScreen(manager)
                    .union(RealDesktop.onScreen(plate.getWindow())));
            RealDesktop.click(manager.button(LayerManagerWindow.Button.ADD));
            RealDesktop.waitFor(() -> WindowManager.getImage("leuven-street-layers").getStackSize() == 2, 30000,
                    "Add from tool adds layer-2");
            waitIdle(manager, "the layer was added");
            RealDesktop.waitFor(() -> manager.table().getRowCount() == 2, 10000, "the manager lists two layers");
            assertEquals("layer-1", manager.table().getValueAt(0, 1));
            assertEquals("layer-2", manager.table().getValueAt(1, 1));
            assertTrue(((String) manager.table().getValueAt(1, 4)).contains("negative=[" + SKY[0] + "," + SKY[1]
                    + "]"), "provenance: " + manager.table().getValueAt(1, 4));

            // Select the first layer with a real click, then Refine… with its dialog.
            RealDesktop.activateByTitleBar(manager);
            Rectangle cell = manager.table().getCellRect(0, 1, true);
            java.awt.Point table = manager.table().getLocationOnScreen();
            RealDesktop.click(table.x + cell.x + cell.width / 2, table.y + cell.y + cell.height / 2,
                    InputEvent.BUTTON1_DOWN_MASK);
            RealDesktop.waitFor(() -> manager.table().getSelectedRow() == 0, 5000, "the first row is selected");
            RealDesktop.click(manager.button(LayerManagerWindow.Button.REFINE));
            GenericDialog refine = dialog("Refine Mask");
            assertNotNull(helpButton(refine), "the dialog has a Help button");
            RealDesktop.click((Checkbox) refine.getCheckboxes().get(0)); // fill_holes
            Checkbox preview = refine.getPreviewCheckbox();
            assertNotNull(preview, "Refine Mask has a Preview checkbox");
            TextField islands = (TextField) refine.getNumericFields().get(1); // after max_hole
            RealDesktop.click(islands);
            RealDesktop.key(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
            RealDesktop.type("200");
            RealDesktop.click(preview);
            ImagePlus masks = WindowManager.getImage("leuven-street-layers");
            RealDesktop.waitFor(() -> hasPreview(masks), 10000, "Preview draws the refined mask over the stack");
            RealDesktop.click(islands); // Enter in a text field is OK
            RealDesktop.key(KeyEvent.VK_ENTER);
            waitIdle(manager, "Refine Mask ran");
            RealDesktop.waitFor(() -> WindowManager.getImage("leuven-street-layers-refined") != null, 20000,
                    "Refine made leuven-street-layers-refined");
            RealDesktop.waitFor(() -> !hasPreview(masks), 5000, "the preview is gone after OK");
            RealDesktop.waitFor(() -> manager.getTitle().endsWith("leuven-street-layers-refined"), 5000,
                    "the manager follows the refined masks");

            RealDesktop.activateByTitleBar(manager);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.FILL));
            waitIdle(manager, "Fill ran");
            assertNotNull(WindowManager.getImage("leuven-street-filled"));
            assertTrue(manager.statusLines().stream().anyMatch(l -> l.startsWith("Fill Masked Area: ")
                    && l.endsWith(" %")), "the fill's own progress in the manager: " + manager.statusLines());
            // Build on every layer: Ctrl+A in the list selects them all (the selection is still the first row).
            RealDesktop.activateByTitleBar(manager);
            RealDesktop.click(table.x + cell.x + cell.width / 2, table.y + cell.y + cell.height / 2,
                    InputEvent.BUTTON1_DOWN_MASK);
            RealDesktop.key(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
            RealDesktop.waitFor(() -> manager.table().getSelectedRowCount() == 2, 5000, "Ctrl+A selects both rows");
            RealDesktop.click(manager.button(LayerManagerWindow.Button.BUILD));
            waitIdle(manager, "Build ran");
            assertNotNull(WindowManager.getImage("leuven-street-layers-1"), "the built layer stack");

            Path gui = temp.resolve("from the GUI");
            RealDesktop.activateByTitleBar(manager);
            RealDesktop.click(manager.button(LayerManagerWindow.Button.EXPORT));
            GenericDialog export = dialog("Export Layer Stack");
            TextField folder = (TextField) export.getStringFields().get(0);
            RealDesktop.click(folder);
            RealDesktop.key(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
            RealDesktop.type(gui.toString());
            RealDesktop.key(KeyEvent.VK_ENTER);
            waitIdle(manager, "Export ran");
            RealDesktop.waitFor(() -> Files.isRegularFile(gui.resolve("layers.json")), 30000, "the export folder");
            assertTrue(manager.statusLines().contains("Export Layer Stack: Export complete, 100 %"),
                    "the export's own progress in the manager: " + manager.statusLines());
            assertEquals(List.of(), watchdog.unexpectedDialogs());
            RealDesktop.screenshot("layer-manager-session", new Rectangle(0, 0, 1600, 1200));
        } finally {
            Recorder.record = false;
        }
        String recorded = recorder.getText();
        recorder.close();

        List<String> runs = new ArrayList<>();
        Matcher m = Pattern.compile("run\\(\"([^\"]+)\".*\\);").matcher(recorded);
        while (m.find()) {
            runs.add(m.group(1));
        }
        assertTrue(recorded.matches("(?s).*run\\(\"Refine Mask\", \"[^\"]*layers=layer-1 [^\"]*\"\\);.*"),
                "Refine on the selected layer: " + recorded);
        assertTrue(recorded.contains("mask=[leuven-street-layers-refined] layers=[layer-1]"), "Fill under the "
                + "selected layer: " + recorded);
        assertTrue(recorded.contains("run(\"Build Layer Stack\", \"plate=[leuven-street.jpg] masks=["
                + "leuven-street-layers-refined] filled="), "Build on all layers: " + recorded);
        assertEquals(List.of("Point Mask", "Point Mask", "Refine Mask", "Fill Masked Area", "Build Layer Stack",
                "Export Layer Stack"), runs.stream().filter(r -> !r.equals("Layer Manager")
                && !r.equals("Point Mask Tool")).toList(), recorded);

        // The recording, after opening the plate, replayed by the command line in a headless JVM.
        Path replay = temp.resolve("replayed");
        String macro = "open(\"" + new File(PointMaskToolRealInputTest.PLATE).getAbsolutePath() + "\");\n"
                + recorded.replace(temp.resolve("from the GUI").toString(), replay.toString())
                .replace("run(\"Point Mask Tool\");", "").replace("run(\"Layer Manager\");", "");
        Path file = temp.resolve("session.ijm");
        Files.writeString(file, macro);
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"),
                "io.github.parallaxlayers.cli.ParallaxCli", "run-macro", file.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("replay.log").toFile()).start();
        assertTrue(java.waitFor(240, TimeUnit.SECONDS), "the replay finishes");
        assertEquals(0, java.exitValue(), macro + "\n" + Files.readString(temp.resolve("replay.log")));

        Path gui = temp.resolve("from the GUI");
        List<Path> guiFiles = files(gui);
        assertEquals(guiFiles, files(replay), "the same files");
        assertTrue(guiFiles.size() >= 8, "layers, masks, filled plate and layers.json: " + guiFiles);
        for (Path f : guiFiles) {
            assertArrayEquals(Files.readAllBytes(gui.resolve(f)), Files.readAllBytes(replay.resolve(f)),
                    "byte-identical " + f);
        }
        String json = Files.readString(gui.resolve("layers.json"));
        assertTrue(json.contains("\"layer-1\"") && json.contains("\"layer-2\"") && json.contains("\"background\""),
                json);
    }

    private static boolean hasPreview(ImagePlus image) {
        Overlay overlay = image.getOverlay();
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

    private static Component helpButton(Dialog dialog) {
        for (java.awt.Button b : ((GenericDialog) dialog).getButtons()) {
            if (b != null && "Help".equals(b.getLabel())) {
                return b;
            }
        }
        return null;
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
