package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.imagej.ImageJTestSupport;
import io.github.parallaxlayers.imagej.Option;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import io.github.parallaxlayers.onnx.SharedModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every SciJava twin run headless through a SciJava {@link Context} and its {@link CommandService}, as PyImageJ and
 * Fiji's scripts call them, beside its macro command on the same images: the same pixels (or files, or results
 * rows), and for bad input the same one line. The macro runs first and its result is copied and closed, so the
 * twin cannot pass by finding the macro's image.
 */
class TwinCommandsTest {
    /** The twins of {@link TwinSources.Twin}, as compiled from the generated sources. */
    private static final List<Class<? extends TwinCommand>> TWINS = Stream.of(TwinSources.Twin.values())
            .map(TwinCommandsTest::twinClass).toList();

    /** The red square (60,40)–(119,99) on a blue plate, its mask, a depth image and a mask stack of two layers. */
    private static final String SCENE = "newImage('plate', 'RGB black', 200, 150, 1);"
            + "setColor(30, 60, 200); fillRect(0, 0, 200, 150);"
            + "setColor(200, 40, 40); fillRect(60, 40, 60, 60);"
            + "newImage('square', '8-bit black', 200, 150, 1); setColor(255); fillRect(60, 40, 60, 60);"
            + "newImage('truth', '8-bit black', 200, 150, 1); setColor(255); fillRect(62, 40, 60, 60);"
            + "newImage('disparity', '32-bit black', 200, 150, 1); setColor(20); fillRect(0, 0, 200, 150);"
            + "setColor(200); fillRect(60, 40, 60, 60);"
            + "newImage('masks', '8-bit black', 200, 150, 1); setColor(255);"
            + "setMetadata('Label', 'square'); fillRect(60, 40, 60, 60);";

    private static Context context;
    private static CommandService commands;

    @TempDir
    Path temp;

    @BeforeAll
    static void startContext() {
        context = new Context(CommandService.class);
        commands = context.service(CommandService.class);
    }

    @AfterAll
    static void stopContext() {
        context.dispose();
    }

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @Test
    void thePluginIndexListsTheTwinsOfTheTable() {
        List<String> indexed = commands.getCommands().stream().map(CommandInfo::getClassName)
                .filter(name -> name.startsWith("io.github.parallaxlayers.")).sorted().toList();
        assertEquals(Stream.of(TwinSources.Twin.values()).map(TwinSources.Twin::className).sorted().toList(), indexed);
        assertEquals(9, indexed.size());
    }

    @Test
    void everyTwinIsFoundAndItsParametersAreTheMacroKeysTyped() throws Exception {
        for (Class<? extends TwinCommand> twin : TWINS) {
            CommandInfo info = commands.getCommand(twin);
            assertNotNull(info, twin + " is not in the plugin index");
            assertNull(info.getMenuPath() == null || info.getMenuPath().isEmpty() ? null : info.getMenuPath(),
                    twin + ": the menu entry is the ImageJ 1.x command's");
            TwinCommand instance = twin.getDeclaredConstructor().newInstance();
            ParallaxCommand command = instance.command();
            assertEquals(command.title(), info.getLabel());
            Map<String, ModuleItem<?>> inputs = new LinkedHashMap<>();
            info.inputs().forEach(item -> {
                if (item.getType() != Context.class) { // ContextCommand's own, filled by SciJava
                    inputs.put(item.getName(), item);
                }
            });
            List<String> keys = command.declaration().declared().stream().map(Option::key).toList();
            assertEquals(keys, new ArrayList<>(inputs.keySet()), twin.getSimpleName() + ": parameters, in order");
            for (Option<?> option : command.declaration().declared()) {
                ModuleItem<?> item = inputs.get(option.key());
                String where = twin.getSimpleName() + "." + option.key();
                Class<?> type = item.getType();
                Object value = field(instance, option.key());
                Object expected = option.defaultValue() instanceof Labeled l ? l.label() : option.defaultValue();
                if (option.takesImage()) { // an image option, or a text naming an image (Build Layer Stack filled)
                    assertTrue(option.kindName().matches("image|required_image|text"), where);
                    assertEquals(ImagePlus.class, type, where);
                    assertNull(value, where);
                    assertFalse(item.isRequired(), where + ": an image left out is the macro's default");
                    assertFalse(item.isPersisted(), where + " must not take a value from an earlier run");
                    continue;
                }
                switch (option.kindName()) {
                    case "text" -> {
                        assertEquals(String.class, type, where);
                        assertEquals(expected, value, where);
                    }
                    case "integer" -> {
                        assertEquals(int.class, type, where);
                        assertEquals(expected, value, where);
                    }
                    case "number" -> {
                        assertEquals(double.class, type, where);
                        assertEquals(expected, value, where);
                    }
                    case "flag" -> {
                        assertEquals(boolean.class, type, where);
                        assertEquals(false, value, where);
                    }
                    case "choice" -> {
                        assertEquals(String.class, type, where);
                        assertEquals(expected, value, where);
                        assertEquals(option.choiceLabels(), item.getChoices(), where);
                    }
                    default -> throw new AssertionError(where + ": kind " + option.kindName());
                }
                assertFalse(item.isPersisted(), where + " must not take a value from an earlier run");
            }
            List<String> outputs = new ArrayList<>();
            info.outputs().forEach(item -> outputs.add(item.getName()));
            assertEquals(List.of("result"), outputs);
        }
    }

    @Test
    void maskStepsGiveTheMacrosPixels() {
        // Point Mask on a real sample plate, as the README's main job starts.
        String astronaut = Path.of("sample-images/astronaut.png").toAbsolutePath().toString();
        ImageJTestSupport.ok("open('" + astronaut + "'); run('Point Mask', 'points=[256,160;250,300] layer=suit');");
        byte[] macroMask = pixels("astronaut-suit");
        ImageJTestSupport.closeAll();
        ImageJTestSupport.ok("open('" + astronaut + "');");
        ImagePlus twinMask = run(PointMaskTwin.class, "plate", image("astronaut.png"), "points", "256,160;250,300",
                "layer", "suit");
        assertEquals("astronaut-suit", twinMask.getTitle());
        assertArrayEquals(macroMask, (byte[]) twinMask.getProcessor().getPixels());
        assertTrue(count(macroMask) > 10_000, "the suit mask is a real mask: " + count(macroMask));
        ImageJTestSupport.closeAll();

        ImageJTestSupport.ok(SCENE + "run('Refine Mask', 'mask=square grow=2 fill_holes');"
                + "run('Feather Mask', 'mask=square width=3 mode=inside edge guide=plate radius=4');");
        byte[] refined = pixels("square-refined");
        byte[] feathered = pixels("square-feathered");
        ImageJTestSupport.closeAll();
        ImageJTestSupport.ok(SCENE);
        ImagePlus twinRefined = run(RefineMaskTwin.class, "mask", image("square"), "grow", 2.0, "fill_holes", true);
        assertEquals("square-refined", twinRefined.getTitle());
        assertArrayEquals(refined, (byte[]) twinRefined.getProcessor().getPixels());
        assertEquals(3600 + 4 * 60 * 2 + 4, count(refined)); // 60×60 grown by an exact Euclidean 2 px
        ImagePlus twinFeathered = run(FeatherMaskTwin.class, "mask", image("square"), "width", 3.0, "mode", "inside",
                "edge", true, "guide", image("plate"), "radius", 4);
        assertArrayEquals(feathered, (byte[]) twinFeathered.getProcessor().getPixels());
    }

    @Test
    void fillBuildExportGiveTheMacrosPixelsAndFiles() throws IOException {
        Path macroFolder = temp.resolve("macro");
        ImageJTestSupport.ok(SCENE + "run('Fill Masked Area', 'plate=plate mask=square backend=telea dilate=1');"
                + "run('Build Layer Stack', 'plate=plate masks=masks filled=plate-filled background=sky');"
                + "run('Export Layer Stack', 'stack=plate-layers folder=[" + macroFolder + "]');");
        int[] filled = ((int[]) image("plate-filled").getProcessor().getPixels()).clone();
        List<Object> layers = stackPixels(image("plate-layers"));
        ImageJTestSupport.closeAll();

        ImageJTestSupport.ok(SCENE);
        ImagePlus twinFilled = run(FillMaskedAreaTwin.class, "plate", image("plate"), "mask", image("square"),
                "backend", "telea", "dilate", 1);
        assertEquals("plate-filled", twinFilled.getTitle());
        assertArrayEquals(filled, (int[]) twinFilled.getProcessor().getPixels());
        assertEquals(0x1e3cc8, filled[70 * 200 + 90] & 0xffffff, "the square is filled with the wall's blue");
        ImagePlus twinLayers = run(BuildLayerStackTwin.class, "plate", image("plate"), "masks", image("masks"),
                "filled", twinFilled, "background", "sky");
        assertEquals(layers.size(), twinLayers.getStackSize());
        List<Object> twinPixels = stackPixels(twinLayers);
        for (int i = 0; i < layers.size(); i++) {
            assertArrayEquals((byte[]) layers.get(i), (byte[]) twinPixels.get(i), "slice " + (i + 1));
        }
        Path twinFolder = temp.resolve("twin");
        run(ExportLayerStackTwin.class, "stack", twinLayers, "folder", twinFolder.toString());
        Map<String, byte[]> macroFiles = pngs(macroFolder);
        Map<String, byte[]> twinFiles = pngs(twinFolder);
        assertEquals(macroFiles.keySet(), twinFiles.keySet());
        assertTrue(macroFiles.size() >= 3, "layer PNGs and the filled plate: " + macroFiles.keySet());
        macroFiles.forEach((name, bytes) -> assertArrayEquals(bytes, twinFiles.get(name), name));
        assertTrue(Files.isRegularFile(twinFolder.resolve("layers.json")));
    }

    @Test
    void autoLayersAndEvaluateMaskGiveTheMacrosResults() {
        ImageJTestSupport.ok(SCENE + "run('Auto Layers', 'plate=plate depth=disparity region_size=10 planes=2');"
                + "run('Clear Results'); run('Evaluate Mask', 'mask=square truth=truth');");
        List<Object> planes = stackPixels(image("plate-auto-layers"));
        double macroIou = ResultsTable.getResultsTable().getValue("iou", 0);
        ImageJTestSupport.closeAll();

        ImageJTestSupport.ok(SCENE + "run('Clear Results');");
        ImagePlus twinPlanes = run(AutoLayersTwin.class, "plate", image("plate"), "depth", image("disparity"),
                "region_size", 10, "planes", 2);
        List<Object> twinPixels = stackPixels(twinPlanes);
        assertEquals(2, planes.size());
        for (int i = 0; i < planes.size(); i++) {
            assertArrayEquals((byte[]) planes.get(i), (byte[]) twinPixels.get(i), "plane " + (i + 1));
        }
        run(EvaluateMaskTwin.class, "mask", image("square"), "truth", image("truth"));
        ResultsTable table = ResultsTable.getResultsTable();
        assertEquals(1, table.size());
        assertEquals(macroIou, table.getValue("iou", 0), 0);
        assertEquals(58.0 * 60 / (62 * 60), macroIou, 1e-9); // squares shifted by 2 px
    }

    @Test
    void subjectMaskGivesTheMacrosMask() {
        Path model = SharedModels.isnet();
        Assumptions.assumeTrue(model != null, SharedModels.ISNET_MISSING);
        String astronaut = Path.of("sample-images/astronaut.png").toAbsolutePath().toString();
        ImageJTestSupport.ok("open('" + astronaut + "'); run('Subject Mask', 'plate=astronaut.png device=cpu "
                + "cache=off model_file=[" + model + "]');");
        byte[] macroMask = pixels("astronaut-subject");
        ImageJTestSupport.closeAll();
        ImageJTestSupport.ok("open('" + astronaut + "');");
        ImagePlus twinMask = run(SubjectMaskTwin.class, "plate", image("astronaut.png"), "device", "cpu",
                "cache", "off", "model_file", model.toString());
        assertArrayEquals(macroMask, (byte[]) twinMask.getProcessor().getPixels());
        assertTrue(count(macroMask) > 20_000, "the astronaut is found: " + count(macroMask));
    }

    @Test
    void anImageNotYetKnownToImageJIsRegisteredAndUsed() {
        ByteProcessor square = new ByteProcessor(50, 40);
        square.setValue(255);
        square.setRoi(10, 10, 20, 20);
        square.fill();
        square.resetRoi();
        ImagePlus loose = new ImagePlus("loose", square); // as a script or PyImageJ makes it: never shown
        ImagePlus refined = run(RefineMaskTwin.class, "mask", loose, "grow", -2.0);
        assertEquals("loose-refined", refined.getTitle());
        assertEquals(16 * 16, count((byte[]) refined.getProcessor().getPixels()));
    }

    @Test
    void badInputGetsTheMacrosOneLine() {
        ImageJTestSupport.ok(SCENE);
        assertSameLine("run('Feather Mask', 'mask=square width=-1');",
                FeatherMaskTwin.class, "mask", image("square"), "width", -1.0);
        assertSameLine("run('Feather Mask', 'mask=square mode=middle');",
                FeatherMaskTwin.class, "mask", image("square"), "mode", "middle");
        assertSameLine("run('Feather Mask', 'mask=square edge');",
                FeatherMaskTwin.class, "mask", image("square"), "edge", true);
        assertSameLine("run('Fill Masked Area', 'plate=plate');", FillMaskedAreaTwin.class, "plate", image("plate"));
        assertSameLine("run('Point Mask', 'plate=plate points=[500,20]');",
                PointMaskTwin.class, "plate", image("plate"), "points", "500,20");
        assertSameLine("run('Export Layer Stack', 'stack=masks');", ExportLayerStackTwin.class, "stack",
                image("masks"));
        ImageJTestSupport.closeAll();
        assertSameLine("run('Refine Mask', 'grow=1');", RefineMaskTwin.class, "grow", 1.0);
    }

    private static void assertSameLine(String macro, Class<? extends TwinCommand> twin, Object... inputs) {
        String macroLine = ImageJTestSupport.runMacro(macro).error();
        assertNotNull(macroLine, macro + " should fail");
        assertFalse(macroLine.contains("\n") || macroLine.contains("Exception"), macroLine);
        CommandModule module = module(twin, inputs);
        assertTrue(module.isCanceled(), twin.getSimpleName() + " should fail like " + macro);
        assertEquals(macroLine, module.getCancelReason());
    }

    private static ImagePlus run(Class<? extends TwinCommand> twin, Object... inputs) {
        CommandModule module = module(twin, inputs);
        assertFalse(module.isCanceled(), twin.getSimpleName() + ": " + module.getCancelReason());
        ImagePlus result = (ImagePlus) module.getOutput("result");
        assertNotNull(result, twin.getSimpleName() + " gave no image");
        return result;
    }

    private static CommandModule module(Class<? extends TwinCommand> twin, Object... inputs) {
        try {
            return commands.run(twin, true, inputs).get();
        } catch (Exception e) {
            throw new AssertionError(twin.getSimpleName() + " did not run", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends TwinCommand> twinClass(TwinSources.Twin twin) {
        try {
            return (Class<? extends TwinCommand>) Class.forName(twin.className());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(twin.className() + " was not generated and compiled", e);
        }
    }

    private static Object field(Object twin, String name) throws ReflectiveOperationException {
        Field field = twin.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(twin);
    }

    private static byte[] pixels(String title) {
        return ((byte[]) image(title).getProcessor().getPixels()).clone();
    }

    private static List<Object> stackPixels(ImagePlus image) {
        ImageStack stack = image.getStack();
        List<Object> slices = new ArrayList<>();
        for (int s = 1; s <= stack.getSize(); s++) {
            Object p = stack.getPixels(s);
            slices.add(p instanceof byte[] b ? b.clone() : p instanceof short[] sh ? sh.clone() : p);
        }
        return slices;
    }

    private static int count(byte[] mask) {
        int n = 0;
        for (byte b : mask) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    private static Map<String, byte[]> pngs(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".png")).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
