package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.SegmenterBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.event.KeyEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Layer Manager's logic without its window (headless): rows of a mask stack, the command each button runs
 * (and that those lines work as macros on a mask stack), the backend line, the click tool's key map and accept
 * line, and the Help text of every dialog command.
 */
class LayerManagerModelTest {
    /** A plate and its click-tool mask stack with two layers: a square (layer-1) and a bar (layer-2). */
    private static final String PLATE_AND_MASKS = MacroChainTest.squarePlate("plate")
            + "newImage('plate-layers', '8-bit black', 200, 150, 2); setSlice(1);"
            + "setMetadata('Label', 'layer-1\\nPoint Mask: plate=plate points=90,70');"
            + "setColor(255); fillRect(60, 40, 60, 60); setSlice(2); setMetadata('Label', 'layer-2');"
            + "fillRect(0, 60, 200, 20);";

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @Test
    void rowsListTheMaskStackFrontToBack() {
        ok(PLATE_AND_MASKS);
        LayerManagerModel model = new LayerManagerModel(image("plate"));
        assertEquals("plate-layers", model.masks().getTitle());
        List<LayerManagerModel.Row> rows = model.rows();
        assertEquals(List.of(new LayerManagerModel.Row("layer-1", 1, 3600, "Point Mask: plate=plate points=90,70"),
                new LayerManagerModel.Row("layer-2", 2, 200 * 20, "")), rows);
        int[] thumb = LayerManagerModel.thumbnail(image("plate"), (byte[]) image("plate-layers").getStack()
                .getPixels(1), 200, 150, 40);
        // The 60x60 square plus a 3 px margin (66x66) fills the 40x40 thumbnail: red inside, checkerboard at the rim.
        assertEquals(MacroChainTest.RED, thumb[20 * 40 + 20] & 0xFFFFFF, "the plate shows inside the mask");
        assertTrue((thumb[0] & 0xFFFFFF) == 0x9A9A9A, "a checkerboard outside: " + Integer.toHexString(thumb[0]));
        int[] bar = LayerManagerModel.thumbnail(image("plate"), (byte[]) image("plate-layers").getStack()
                .getPixels(2), 200, 150, 40);
        assertEquals(0x404040, bar[0], "a wide layer is letterboxed");
    }

    @Test
    void buttonStepsEditTheMaskStackAsMacroLines() {
        ok(PLATE_AND_MASKS);
        LayerManagerModel model = new LayerManagerModel(image("plate"));
        List<LayerManagerModel.Row> rows = model.rows();
        assertNull(model.move("plate-layers", rows, 0, true), "the front layer cannot go further up");
        List<LayerManagerModel.Step> steps = List.of(
                model.rename("plate-layers", "layer-2", "the bar"),
                model.move("plate-layers", rows, 1, true),
                model.depth("plate-layers", "layer-1", 7.5));
        StringBuilder macro = new StringBuilder();
        steps.forEach(s -> macro.append(s.macroLine()));
        assertEquals("run(\"Rename Layer\", \"stack=[plate-layers] layer=[layer-2] name=[the bar]\");\n"
                + "run(\"Reorder Layers\", \"stack=[plate-layers] layer=[layer-2] position=1\");\n"
                + "run(\"Set Layer Depth\", \"stack=[plate-layers] layer=[layer-1] depth=7.5\");\n", macro.toString());
        ImageJTestSupport.closeAll();
        ok(PLATE_AND_MASKS + macro.toString().replace("layer=[layer-2] position", "layer=[the bar] position"));
        ImagePlus masks = image("plate-layers");
        assertEquals(List.of("the bar", "layer-1"), Images.layerNames(masks));
        assertEquals(4000, new LayerManagerModel(image("plate")).rows().get(0).pixels(), "the bar's pixels moved");
        assertEquals(List.of("Point Mask: plate=plate points=90,70"),
                Images.layerHistory(masks.getStack().getSliceLabel(2)), "provenance moves with its layer");
        assertEquals(7.5, MaskStacks.depths(masks)[1]);
        assertEquals(2.0, MaskStacks.depths(masks)[0], "a depth moves with its layer (the bar was second, depth 2)");

        ImageJTestSupport.closeAll();
        ok(PLATE_AND_MASKS + model.delete("plate-layers", "layer-1").macroLine());
        assertEquals(List.of("layer-2"), Images.layerNames(image("plate-layers")));
        ImageJTestSupport.closeAll();
        ImageJTestSupport.Run last = ImageJTestSupport.runMacro(PLATE_AND_MASKS
                + model.delete("plate-layers", "layer-1").macroLine() + model.delete("plate-layers", "layer-2")
                .macroLine());
        assertTrue(last.error().contains("is the only layer"), last.error());
    }

    @Test
    void fillBuildAndExportStepsRunOnTheMaskStack() throws Exception {
        ok(PLATE_AND_MASKS);
        LayerManagerModel model = new LayerManagerModel(image("plate"));
        Path out = temp.resolve("layers out");
        String macro = PLATE_AND_MASKS + model.fill("plate-layers").macroLine()
                + model.build("plate-layers", "plate-filled").macroLine()
                + model.export("plate-layers-1", out.toString(), "png", false).macroLine();
        ImageJTestSupport.closeAll();
        ok(macro);
        assertNotNull(image("plate-layers-1"), "Build does not reuse the mask stack's title: " + macro);
        assertTrue(LayerImages.isLayerStack(image("plate-layers-1")));
        assertTrue(Files.isRegularFile(out.resolve("layers.json")));
        String json = Files.readString(out.resolve("layers.json"));
        assertTrue(json.contains("\"layer-1\"") && json.contains("\"background\""), json);
    }

    @Test
    void aStackBuiltBeforeTheMasksChangedIsOutOfDate() {
        ok(PLATE_AND_MASKS + "run('Build Layer Stack', 'plate=plate masks=plate-layers background=[background]');");
        LayerManagerModel model = new LayerManagerModel(image("plate"));
        assertEquals("plate-layers-1", model.built().getTitle());
        assertNull(model.staleBuild(), "just built: up to date");
        ok("run('Set Layer Depth', 'stack=plate-layers layer=layer-2 depth=7');"); // depth only: same masks
        assertNull(model.staleBuild(), "a depth hint is no change of the masks");
        ok(model.rename("plate-layers", "layer-2", "road").macroLine());
        assertEquals("plate-layers-1 is out of date: plate-layers changed after Build; press Build again",
                model.staleBuild());
        ok("run('Build Layer Stack', 'plate=plate masks=plate-layers background=[background]');");
        assertEquals("plate-layers-2", model.built().getTitle());
        assertNull(model.staleBuild(), "built again: up to date");
        ok("run('Refine Mask', 'mask=plate-layers layers=road grow=2');");
        assertEquals("plate-layers-refined", model.masks().getTitle());
        assertEquals("plate-layers-2 was built from plate-layers, not from the newer plate-layers-refined: press "
                + "Build again", model.staleBuild());
    }

    @Test
    void backendLineSaysEmbeddedInstalledOrHowToDownload() throws Exception {
        assertEquals("Click tool: classic (embedded, no model needed)", LayerManagerModel.backendState(
                new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "", Device.AUTO), ""));
        String old = System.getProperty(ModelStore.PROPERTY);
        System.setProperty(ModelStore.PROPERTY, temp.toString());
        try {
            String missing = LayerManagerModel.backendState(new PointMaskTool.Settings(SegmenterBackend.MOBILE_SAM,
                    "", Device.AUTO), "");
            assertEquals("Click tool: mobile-sam is not installed; download it with: parallax-layers models "
                    + "download mobile-sam (or Plugins › Parallax Layers › Models › Download Models)", missing);
        } finally {
            if (old == null) {
                System.clearProperty(ModelStore.PROPERTY);
            } else {
                System.setProperty(ModelStore.PROPERTY, old);
            }
        }
        assertEquals("Click tool: SAM model from /m (device cuda); device in use: cpu (no CUDA)",
                LayerManagerModel.backendState(new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "/m",
                        Device.CUDA), "device in use: cpu (no CUDA)"));
    }

    @Test
    void toolKeysAndAcceptLine() {
        assertEquals(PointMaskKeys.Action.ACCEPT, PointMaskKeys.action(KeyEvent.VK_ENTER, false, false, false, false));
        assertEquals(PointMaskKeys.Action.CLEAR, PointMaskKeys.action(KeyEvent.VK_ESCAPE, false, false, false, false));
        assertEquals(PointMaskKeys.Action.UNDO, PointMaskKeys.action(KeyEvent.VK_Z, true, false, false, false));
        assertEquals(PointMaskKeys.Action.UNDO, PointMaskKeys.action(KeyEvent.VK_Z, false, true, false, false),
                "Cmd+Z on a Mac");
        assertNull(PointMaskKeys.action(KeyEvent.VK_Z, true, false, true, false), "Ctrl+Shift+Z stays ImageJ's");
        assertNull(PointMaskKeys.action(KeyEvent.VK_Z, false, false, false, false), "plain z stays ImageJ's");
        assertNull(PointMaskKeys.action(KeyEvent.VK_ENTER, true, false, false, false));
        assertNull(PointMaskKeys.action(KeyEvent.VK_I, false, false, false, false), "i (Show Info) stays ImageJ's");

        List<Click> clicks = List.of(new Click(10, 20, true), new Click(3, 4, false), new Click(30, 40, true));
        assertEquals("plate=[my plate.jpg] points=[10,20;30,40] negative=[3,4] backend=classic layer=layer-3 "
                + "stack=[my-layers]", PointMaskTool.acceptOptions("my plate.jpg", "my-layers", clicks,
                new PointMaskTool.Settings(SegmenterBackend.CLASSIC, "", Device.AUTO), "layer-3"));
        assertEquals("plate=[p] points=[10,20] backend=mobile-sam device=cpu layer=a stack=[s]",
                PointMaskTool.acceptOptions("p", "s", clicks.subList(0, 1),
                        new PointMaskTool.Settings(SegmenterBackend.MOBILE_SAM, "", Device.CPU), "a"));
    }

    @Test
    void everyDialogCommandHasAHelpSection() throws Exception {
        List<String> missing = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/plugins.config")) {
            Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                String html = HelpPages.html(m.group(1));
                if (html == null || !html.contains(m.group(1))) {
                    missing.add(m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "commands without a section in docs/macros.md");
        String refine = HelpPages.html("Refine Mask");
        assertTrue(refine.startsWith("<html>") && refine.contains("<table>") && refine.contains("<code>fill_holes</code>")
                && !refine.contains("Feather Mask"), refine);
        assertTrue(HelpPages.html("Rename Layer").contains("Reorder Layers"), "a section shared by several commands");
    }
}
