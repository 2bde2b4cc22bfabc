package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import io.github.parallaxlayers.cli.ParallaxCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's bad-input and fault suite (issue 20), one table: every menu command (plugins.config) and every CLI
 * verb gets wrong types, sizes, options, files and models. Each row asserts what a user must get: the run stops
 * with one clear line that says what is wrong (printed once, no stack trace, no exception name), the exit code,
 * no new or partial files and no new half-made images, and every image and file that was there before unchanged.
 * A coverage guard fails when a command or verb has no row, so a new one cannot go without.
 */
class BadInputSuiteTest {
    @TempDir
    static Path temp;

    private static String savedModels;

    /** A noisy colour plate, 60x40. */
    private static final String PLATE = "newImage('plate', 'RGB noise', 60, 40, 1);";
    /** A 0/255 mask of the plate's size, one layer. */
    private static final String MASK = "newImage('m', '8-bit black', 60, 40, 1); setColor(255); fillRect(5, 5, 20, 15);"
            + "setMetadata('Label', 'tree');";
    /** The layer stack 'plate-layers' of layers 'tree' and 'sky'. */
    private static final String STACK = PLATE + MASK + "run('Build Layer Stack', 'plate=plate masks=m background=sky');";
    /** A larger plate and mask, so that a command runs long enough to see Esc. */
    private static final String BIG = "newImage('plate', 'RGB noise', 400, 300, 1); newImage('m', '8-bit black', 400, 300, 1); setColor(255); fillRect(50, 50, 200, 150); setMetadata('Label', 'tree');";
    /** A depth map of the plate's size. */
    private static final String DEPTH = "newImage('depth', '32-bit ramp', 60, 40, 1);";

    @BeforeAll
    static void emptyModelStoreAndFiles() throws IOException {
        savedModels = System.getProperty("parallax.models");
        // No network model is installed: every network command meets the "not installed" case.
        System.setProperty("parallax.models", Files.createDirectories(temp.resolve("models")).toString());
        Files.writeString(temp.resolve("text.png"), "not an image\n");
        Files.write(temp.resolve("garbage.onnx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Files.writeString(temp.resolve("empty.ijm"), "");
        Files.writeString(temp.resolve("broken.ijm"), "print('unclosed';");
        Files.writeString(temp.resolve("unknown.ijm"), "run('No Such Command');");
        Files.createDirectories(temp.resolve("noimages"));
        Files.writeString(temp.resolve("noimages/readme.txt"), "no plates here");
        Path manifestless = Files.createDirectories(temp.resolve("not-an-export"));
        Files.writeString(manifestless.resolve("notes.txt"), "mine");
        Path badExport = Files.createDirectories(temp.resolve("bad-export"));
        Files.writeString(badExport.resolve("layers.json"), "{\"version\": 1, \"layers\": [");
        Files.writeString(temp.resolve("a-file"), "x");
    }

    @AfterAll
    static void restoreModelStore() {
        if (savedModels == null) {
            System.clearProperty("parallax.models");
        } else {
            System.setProperty("parallax.models", savedModels);
        }
    }

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** A menu command, the images and files it meets, the bad call and a phrase its one line must hold. */
    record Row(String command, String setup, String call, String expect) {
    }

    static final List<Row> COMMAND_ROWS = List.of(
            // Masks
            new Row("Point Mask Tool", PLATE, "run('Point Mask Tool');", "needs an image window on a display"),
            new Row("Point Mask", "", "run('Point Mask', 'points=[5,5]');", "No image is open"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[5,5] negative=[5,5]');", "(5,5)"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[90,5]');", "(90,5)"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[Infinity,5]');", "Infinity"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'box=[10,10,0,0]');", "empty"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[five,5]');", "'five'"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[5,5] backend=deeplab');", "'deeplab'"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[5,5] backend=mobile-sam');", "mobile-sam"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[5,5] backend=mobile-sam model_file=["
                    + "$T/garbage.onnx]');", "garbage.onnx"),
            new Row("Point Mask", PLATE + MASK, "selectImage('plate'); run('Point Mask', 'points=[5,5] layer=[] "
                    + "stack=m');", "layer"),
            new Row("Point Mask", PLATE + MASK, "selectImage('plate'); run('Point Mask', 'points=[5,5] layer=tree "
                    + "stack=m');", "tree"),
            new Row("Point Mask", PLATE, "run('Point Mask', 'points=[5,5] pointz=[1,1]');", "unknown option 'pointz'"),
            new Row("Automatic Masks", PLATE, "run('Automatic Masks', '');", "mobile-sam"),
            new Row("Automatic Masks", PLATE, "run('Automatic Masks', 'points_per_side=0');", "points_per_side=0"),
            new Row("Automatic Masks", PLATE, "run('Automatic Masks', 'crop_n_layers=5');", "crop_n_layers=5"),
            new Row("Semantic Mask", PLATE, "run('Semantic Mask', 'classes=person');", "deeplabv3-mnv2-voc"),
            new Row("Semantic Mask", PLATE, "run('Semantic Mask', 'classes=unicorn');", "unicorn"),
            new Row("Subject Mask", PLATE, "run('Subject Mask', '');", "isnet-general-use"),
            new Row("Subject Mask", PLATE, "run('Subject Mask', 'threshold=NaN');", "threshold"),
            new Row("Subject Mask", PLATE, "run('Subject Mask', 'model_file=[$T/text.png]');", "text.png"),
            // Refine
            new Row("Refine Mask", "", "run('Refine Mask', 'fill_holes');", "No image is open"),
            new Row("Refine Mask", MASK, "run('Refine Mask', 'fill_hole');", "fill_holes"),
            new Row("Refine Mask", MASK, "run('Refine Mask', 'keep=touching');", "points"),
            new Row("Refine Mask", MASK, "run('Refine Mask', 'open=-1');", "open=-1"),
            new Row("Refine Mask", "newImage('f', '32-bit black', 20, 20, 1); setPixel(3, 3, 0.5);",
                    "run('Refine Mask', 'fill_holes');", "0 and 1 or 0 and 255"),
            new Row("Feather Mask", MASK, "run('Feather Mask', 'width=abc');", "abc"),
            new Row("Feather Mask", MASK, "run('Feather Mask', 'edge');", "guide"),
            new Row("Feather Mask", MASK + "newImage('small', 'RGB noise', 30, 20, 1);",
                    "selectImage('m'); run('Feather Mask', 'edge guide=small');", "30x20"),
            new Row("Combine Masks", MASK + "newImage('b', '8-bit black', 30, 20, 1);",
                    "run('Combine Masks', 'a=m b=b');", "30x20"),
            new Row("Combine Masks", MASK, "run('Combine Masks', 'a=m operation=nand');", "'nand'"),
            new Row("Combine Masks", MASK, "run('Combine Masks', 'a=m b=nothing');", "nothing"),
            new Row("Mask to Outline", "newImage('m', '8-bit black', 60, 40, 1);", "run('Mask to Outline', '');",
                    "empty"),
            new Row("Mask to Outline", MASK, "run('Mask to Outline', 'tolerance=-1');", "tolerance=-1"),
            new Row("Outline to Mask", PLATE, "run('Outline to Mask', '');", "selection"),
            new Row("Outline to Mask", PLATE, "makeRectangle(5, 5, 10, 10); run('Outline to Mask', 'layer=[]');",
                    "layer"),
            // Fill
            new Row("Fill Masked Area", PLATE, "run('Fill Masked Area', '');", "mask="),
            new Row("Fill Masked Area", PLATE + MASK, "selectImage('plate'); run('Fill Masked Area', 'mask=m "
                    + "dilate=-3');", "dilate=-3"),
            new Row("Fill Masked Area", PLATE + "newImage('small', '8-bit white', 50, 50, 1);",
                    "selectImage('plate'); run('Fill Masked Area', 'mask=small');", "50x50"),
            new Row("Fill Masked Area", PLATE + MASK, "selectImage('plate'); run('Fill Masked Area', 'mask=m "
                    + "backend=lama');", "lama"),
            new Row("Fill Masked Area", PLATE + MASK, "selectImage('plate'); run('Fill Masked Area', 'mask=m "
                    + "backend=lama model_file=[$T/garbage.onnx]');", "garbage.onnx"),
            // Layers
            new Row("Layer Manager", PLATE, "run('Layer Manager');", "needs a display"),
            new Row("About Parallax Layers", "", "run('About Parallax Layers', 'version=2');", "takes no options"),
            new Row("Build Layer Stack", PLATE, "run('Build Layer Stack', 'plate=plate');", "masks="),
            new Row("Build Layer Stack", PLATE + "newImage('masks', '8-bit black', 60, 40, 2);",
                    "run('Build Layer Stack', 'plate=plate masks=masks');", "empty"),
            new Row("Build Layer Stack", "newImage('plate', '32-bit black', 60, 40, 1); run('Set...', 'value=NaN');"
                    + MASK, "run('Build Layer Stack', 'plate=plate masks=m');", "NaN"),
            new Row("Build Layer Stack", PLATE + MASK, "run('Build Layer Stack', 'plate=plate masks=m "
                    + "background=tree');", "already a layer"),
            new Row("Build Layer Stack", PLATE + MASK, "run('Build Layer Stack', 'plate=plate masks=m overscan=80');",
                    "overscan=80"),
            new Row("Set Layer Depth", STACK, "run('Set Layer Depth', 'layer=tree depth=-1');", "depth=-1"),
            new Row("Set Layer Depth", STACK, "run('Set Layer Depth', 'layer=bush depth=2');", "bush"),
            new Row("Set Layer Depth", PLATE, "run('Set Layer Depth', 'layer=tree depth=2');", "layer stack"),
            new Row("Reorder Layers", STACK, "run('Reorder Layers', 'order=[tree]');", "sky"),
            new Row("Reorder Layers", STACK, "run('Reorder Layers', 'order=[tree,tree,sky]');", "tree"),
            new Row("Reorder Layers", STACK, "run('Reorder Layers', 'layer=tree position=9');", "9"),
            new Row("Rename Layer", STACK, "run('Rename Layer', 'layer=tree name=sky');", "sky"),
            new Row("Rename Layer", STACK, "run('Rename Layer', 'layer=tree name=[]');", "name"),
            new Row("Delete Layer", STACK, "run('Delete Layer', 'layer=bush');", "bush"),
            new Row("Delete Layer", MASK, "run('Delete Layer', 'layer=tree');", "tree"),
            new Row("Parallax Preview", STACK, "run('Parallax Preview', 'save=[$T/nowhere/p.avi]');", "nowhere"),
            new Row("Parallax Preview", STACK, "run('Parallax Preview', 'save=[$T/p.gif]');", ".avi"),
            new Row("Parallax Preview", STACK, "run('Parallax Preview', 'move=orbit amount=90');", "45"),
            new Row("Parallax Preview", STACK, "run('Parallax Preview', 'frames=10000 width=16384');", "frames"),
            new Row("Parallax Preview", PLATE, "run('Parallax Preview', '');", "layer stack"),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', '');", "folder="),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', 'folder=[$T/a-file/out]');",
                    "Cannot write into the folder"),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', 'folder=[$T/not-an-export]');",
                    "overwrite"),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', 'folder=[$T/not-an-export] "
                    + "overwrite');", "not-an-export"),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', 'folder=[$T/out] format=svg');",
                    "'svg'"),
            new Row("Export Layer Stack", STACK, "run('Export Layer Stack', 'folder=[$T/out] margin=-4');",
                    "margin=-4"),
            new Row("Import Layer Stack", "", "run('Import Layer Stack', 'folder=[$T/nothing-here]');",
                    "nothing-here"),
            new Row("Import Layer Stack", "", "run('Import Layer Stack', 'folder=[$T/not-an-export]');",
                    "layers.json"),
            new Row("Import Layer Stack", "", "run('Import Layer Stack', 'folder=[$T/bad-export]');",
                    "layers.json"),
            new Row("Batch Plates", "", "run('Batch Plates', 'input=[$T/noimages] out=[$T/batch]');", "macro"),
            new Row("Batch Plates", "", "run('Batch Plates', 'macro=[$T/missing.ijm] input=[$T/noimages] "
                    + "out=[$T/batch]');", "missing.ijm"),
            new Row("Batch Plates", "", "run('Batch Plates', 'macro=[$T/empty.ijm] input=[$T/noimages] "
                    + "out=[$T/batch]');", "noimages"),
            new Row("Batch Plates", "", "run('Batch Plates', 'macro=[$T/empty.ijm] input=[$T/noimages] "
                    + "out=[$T/batch] workers=0');", "workers=0"),
            // Depth
            new Row("Estimate Depth", PLATE, "run('Estimate Depth', '');", "depth-anything-v2-small"),
            new Row("Estimate Depth", PLATE, "run('Estimate Depth', 'model=zoedepth');", "'zoedepth'"),
            new Row("Estimate Depth", PLATE, "run('Estimate Depth', 'model_file=[$T/garbage.onnx]');",
                    "garbage.onnx"),
            new Row("Order Layers by Depth", MASK, "run('Order Layers by Depth', 'stack=m depth=nodepth');",
                    "nodepth"),
            new Row("Order Layers by Depth", MASK + "newImage('depth', '32-bit ramp', 30, 20, 1);",
                    "run('Order Layers by Depth', 'stack=m depth=depth');", "30x20"),
            new Row("Order Layers by Depth", MASK + DEPTH, "run('Order Layers by Depth', 'stack=m depth=depth "
                    + "kind=height');", "'height'"),
            new Row("Auto Layers", PLATE + DEPTH, "run('Auto Layers', 'plate=plate depth=depth planes=40');",
                    "planes=40"),
            new Row("Auto Layers", PLATE + "newImage('depth', '32-bit black', 60, 40, 1); run('Set...', "
                    + "'value=NaN');", "run('Auto Layers', 'plate=plate depth=depth');", "depth"),
            new Row("Auto Layers", PLATE + DEPTH, "run('Auto Layers', 'plate=plate depth=depth regions=sam');",
                    "mobile-sam"),
            new Row("Match Camera", PLATE, "run('Match Camera', '');", "line"),
            new Row("Match Camera", PLATE, "run('Match Camera', 'height=0');", "height=0"),
            new Row("Place Layers on Ground", STACK, "run('Place Layers on Ground', '');", "camera"),
            new Row("Place Layers on Ground", STACK, "run('Place Layers on Ground', 'sky=-1');", "sky=-1"),
            new Row("Set Card Kind", STACK, "run('Set Card Kind', 'layer=tree kind=ground');", "no matched camera"),
            new Row("Set Card Kind", STACK, "run('Set Card Kind', 'layer=nosuch kind=sky');", "nosuch"),
            new Row("Set Card Kind", STACK, "run('Set Card Kind', 'layer=tree kind=dome');", "dome"),
            new Row("Set Card Kind", STACK, "run('Set Card Kind', 'kind=sky');", "layer=[name]"),
            // Models and evaluation
            new Row("Download Models", "", "run('Download Models', '');", "model="),
            new Row("Download Models", "", "run('Download Models', 'model=nosuch');", "nosuch"),
            new Row("Download Models", "", "run('Download Models', 'model=lama max_wait=0');", "max_wait=0"),
            new Row("Evaluate Mask", MASK, "run('Evaluate Mask', 'mask=m');", "truth"),
            new Row("Evaluate Mask", MASK + "newImage('t', '8-bit black', 30, 20, 1);",
                    "run('Evaluate Mask', 'mask=m truth=t');", "ground truth"),
            new Row("Evaluate Mask", "", "run('Evaluate Mask', 'masks=[$T/noimages] truths=[$T/nothing-here]');",
                    "noimages"),
            new Row("Evaluate Clicks", "", "run('Evaluate Clicks', '');", "dataset="),
            new Row("Evaluate Clicks", "", "run('Evaluate Clicks', 'dataset=[$T/noimages] out=[$T/clicks]');",
                    "noimages"),
            new Row("Evaluate Clicks", "", "run('Evaluate Clicks', 'dataset=[$T/noimages] max_clicks=0');",
                    "max_clicks=0"),
            new Row("Evaluate Views", "", "run('Evaluate Views', '');", "dataset="),
            new Row("Evaluate Views", "", "run('Evaluate Views', 'dataset=[$T/noimages] out=[$T/views]');",
                    "noimages"),
            new Row("Evaluate Views", "", "run('Evaluate Views', 'dataset=[$T/noimages] methods=[card,magic]');",
                    "magic"));

    /** A CLI verb, its arguments, standard input, the exit code and a phrase its one line must hold. */
    record CliRow(String verb, List<String> args, String input, int exitCode, String expect) {
        CliRow(String verb, String args, int exitCode, String expect) {
            this(verb, args.isBlank() ? List.of() : List.of(args.split(" ")), "", exitCode, expect);
        }
    }

    static final List<CliRow> CLI_ROWS = List.of(
            new CliRow("", "--bogus", 2, "Unknown option: '--bogus'"),
            new CliRow("", "runmacro x.ijm", 2, "Did you mean run-macro"),
            new CliRow("run-macro", "run-macro", 2, "Missing required parameter: 'FILE.ijm'"),
            new CliRow("run-macro", "run-macro $T/missing.ijm", 1, "does not exist"),
            new CliRow("run-macro", "run-macro $T/noimages", 1, "noimages"),
            new CliRow("run-macro", "run-macro $T/broken.ijm", 1, "line 1"),
            new CliRow("run-macro", "run-macro $T/unknown.ijm", 1, "Unrecognized command"),
            new CliRow("batch", "batch", 2, "Missing required options"),
            new CliRow("batch", "batch --macro $T/missing.ijm --input $T/noimages --out $T/batch", 2, "missing.ijm"),
            new CliRow("batch", "batch --macro $T/empty.ijm --input $T/noimages --out $T/batch", 2, "noimages"),
            new CliRow("batch", "batch --macro $T/empty.ijm --input $T/noimages --out $T/batch --workers=abc", 2,
                    "'abc' is not an int"),
            new CliRow("batch", "batch --macro $T/empty.ijm --input $T/noimages --out $T/batch --shard=3/2", 2,
                    "3/2"),
            new CliRow("batch-worker", List.of("batch-worker"), "garbage\n", 1, "Not a batch protocol line"),
            new CliRow("batch-worker", List.of("batch-worker"), "{\"macro\": \"m.ijm\"}\n", 1, "\"log\""),
            new CliRow("models", "models --bogus", 2, "Unknown option: '--bogus'"),
            new CliRow("models list", "models list extra", 2, "extra"),
            new CliRow("models download", "models download", 2, "Missing required parameter: 'ID'"),
            new CliRow("models download", "models download nosuch", 1, "Unknown model 'nosuch'"),
            new CliRow("models download", "models download lama --max-wait=0", 1, "more than 0 s"),
            new CliRow("models download", "models download lama --max-wait=soon", 2, "soon"),
            new CliRow("models verify", "models verify nosuch", 1, "Unknown model 'nosuch'"),
            new CliRow("models path", "models path extra", 2, "extra"),
            new CliRow("evaluate", "evaluate", 2, "Missing required options"),
            new CliRow("evaluate", "evaluate --dataset $T/nothing-here --layout grabcut --backend classic "
                    + "--out $T/eval", 2, "nothing-here"),
            new CliRow("evaluate", "evaluate --dataset $T/noimages --layout pascal --backend classic --out $T/eval",
                    2, "pascal"),
            new CliRow("evaluate", "evaluate --dataset $T/noimages --layout grabcut --backend magic --out $T/eval",
                    2, "magic"),
            new CliRow("evaluate", "evaluate --dataset $T/noimages --layout grabcut --backend classic --out $T/eval "
                    + "--max-clicks=0", 2, "0"),
            new CliRow("evaluate-views", "evaluate-views", 2, "Missing required options"),
            new CliRow("evaluate-views", "evaluate-views --dataset $T/nothing-here --layout middlebury --out $T/ev",
                    2, "nothing-here"),
            new CliRow("evaluate-views", "evaluate-views --dataset $T/noimages --layout middlebury --methods=magic "
                    + "--out $T/ev", 2, "magic"));

    @TestFactory
    Stream<DynamicTest> everyCommandStopsWithOneClearLine() {
        return COMMAND_ROWS.stream().map(row -> DynamicTest.dynamicTest(row.command() + ": " + row.call(),
                () -> commandFails(row)));
    }

    @TestFactory
    Stream<DynamicTest> everyCliVerbStopsWithOneClearLine() {
        return CLI_ROWS.stream().map(row -> DynamicTest.dynamicTest("parallax-layers " + String.join(" ",
                row.args()), () -> cliFails(row)));
    }

    @Test
    void everyCommandAndVerbHasARow() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        Matcher names = Pattern.compile(",\\s*\"([^\"]+)\"").matcher(Files.readString(Path.of(
                "src/main/resources/plugins.config")));
        int commands = 0;
        while (names.find()) {
            commands++;
            String command = names.group(1);
            if (COMMAND_ROWS.stream().noneMatch(r -> r.command().equals(command))) {
                missing.add("command " + command);
            }
        }
        assertTrue(commands >= 30, "plugins.config lists " + commands + " commands");
        List<String> verbs = new ArrayList<>();
        verbs(ParallaxCli.commandLine(), "", verbs);
        for (String verb : verbs) {
            if (CLI_ROWS.stream().noneMatch(r -> r.verb().equals(verb))) {
                missing.add("verb " + verb);
            }
        }
        assertTrue(verbs.contains("models download") && verbs.contains("batch-worker"), verbs.toString());
        assertEquals(new TreeSet<>(), missing, "commands and verbs without a bad-input row");
    }

    /** Esc pressed while a command runs: it stops with one line and leaves nothing behind. */
    @TestFactory
    Stream<DynamicTest> escapeCancelsWithOneLineAndLeavesNothing() {
        return Stream.of(
                new Row("Fill Masked Area", BIG, "selectImage('plate'); run('Fill Masked Area', 'mask=m');",
                        "cancelled"),
                new Row("Point Mask", BIG, "selectImage('plate'); run('Point Mask', 'points=[100,100]');",
                        "cancelled"),
                new Row("Export Layer Stack", BIG + "run('Build Layer Stack', 'plate=plate masks=m background=sky');", "run('Export Layer Stack', 'folder=[$T/cancelled]');",
                        "cancelled")).map(row -> DynamicTest.dynamicTest(row.command() + " cancelled", () -> {
                            // The user keeps Esc pressed while the command runs (ImageJ clears the flag when a
                            // macro's run() starts, so it is set again and again, as ImageJ's key handler would).
                            java.util.concurrent.atomic.AtomicBoolean held =
                                    new java.util.concurrent.atomic.AtomicBoolean(true);
                            Thread escape = new Thread(() -> {
                                while (held.get()) {
                                    ij.IJ.setKeyDown(java.awt.event.KeyEvent.VK_ESCAPE);
                                    Thread.onSpinWait();
                                }
                            }, "escape-key");
                            try {
                                commandFails(row, escape::start);
                            } finally {
                                held.set(false);
                                escape.join();
                                ij.IJ.resetEscape();
                            }
                        }));
    }

    /**
     * A JVM killed (kill -9) in the middle of an export leaves no export folder, only its hidden temporary
     * folder, which the next export to the same place removes.
     */
    @Test
    void anExportKilledMidwayLeavesNothingTheNextExportKeeps() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("killed"));
        Path target = folder.resolve("out");
        Path macro = Files.writeString(folder.resolve("export.ijm"), "newImage('plate', 'RGB noise', 3000, 2000, 1);"
                + "newImage('m', '8-bit black', 3000, 2000, 6); setColor(255);"
                + "for (i = 1; i <= 6; i++) { setSlice(i); fillRect(i * 300, 100, 400, 1500); }"
                + "run('Build Layer Stack', 'plate=plate masks=m background=sky');"
                + "run('Export Layer Stack', 'folder=[" + target + "]');");
        List<String> worker = io.github.parallaxlayers.cli.WorkerLaunch.command("1g");
        Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
                worker.get(worker.indexOf("-cp") + 1), ParallaxCli.class.getName(), "run-macro", macro.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("export.log").toFile()).start();
        Path temporary = null;
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (temporary == null && export.isAlive() && System.nanoTime() < deadline) {
                try (Stream<Path> beside = Files.list(folder)) {
                    temporary = beside.filter(p -> p.getFileName().toString().startsWith(".out.tmp-")
                            && Files.exists(p.resolve("layers.json")) == false && hasAFile(p)).findFirst()
                            .orElse(null);
                }
                Thread.sleep(20);
            }
        } finally {
            export.destroyForcibly().waitFor();
        }
        assertNotNull(temporary, "the export was killed while writing; log: "
                + Files.readString(folder.resolve("export.log")));
        assertFalse(Files.exists(target), "a killed export leaves no export folder");
        assertTrue(Files.exists(temporary), "only its hidden temporary folder");

        ImageJTestSupport.ok(STACK + "run('Export Layer Stack', 'folder=[" + target + "]');");

        assertTrue(Files.isRegularFile(target.resolve("layers.json")), "the next export is complete");
        assertFalse(Files.exists(temporary), "and removed the killed export's temporary folder");
    }

    private static boolean hasAFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".png"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void verbs(CommandLine line, String prefix, List<String> into) {
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            String verb = (prefix + " " + sub.getKey()).trim();
            into.add(verb);
            verbs(sub.getValue(), verb, into);
        }
    }

    private static void commandFails(Row row) throws IOException {
        commandFails(row, () -> { });
    }

    private static void commandFails(Row row, Runnable beforeTheCall) throws IOException {
        ImageJTestSupport.closeAll();
        String setup = row.setup().replace("$T", temp.toString());
        if (!setup.isEmpty()) {
            ImageJTestSupport.ok(setup);
        }
        Map<String, String> imagesBefore = images();
        Map<String, String> filesBefore = files();
        String call = row.call().replace("$T", temp.toString());
        beforeTheCall.run();

        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(call + "print('went on');");

        String error = run.error();
        assertNotNull(error, "accepted silently: " + call + "\n" + run.output());
        assertOneClearLine(error, run.output(), row.expect());
        assertFalse(run.output().contains("went on"), "the macro went on: " + run.output());
        assertTrue(error.startsWith(row.command() + ": "), "the line names the command: " + error);
        assertEquals(imagesBefore, images(), "no image was added, removed or changed");
        assertEquals(filesBefore, files(), "no file was written, left half-written or changed");
    }

    private static void cliFails(CliRow row) throws IOException {
        Map<String, String> filesBefore = files();
        List<String> args = row.args().stream().map(a -> a.replace("$T", temp.toString())).toList();
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(row.input().getBytes(StandardCharsets.UTF_8)));
            CommandLine line = ParallaxCli.commandLine();
            line.setErr(new PrintWriter(System.err, true));
            line.setOut(new PrintWriter(System.out, true));
            code = line.execute(args.toArray(String[]::new));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
            ImageJTestSupport.closeAll();
        }
        String said = errors.toString(StandardCharsets.UTF_8).strip();
        String all = said + "\n" + output.toString(StandardCharsets.UTF_8);
        assertEquals(row.exitCode(), code, "exit code; said: " + all);
        assertOneClearLine(said, all, row.expect());
        assertEquals(filesBefore, files(), "no file was written, left half-written or changed");
    }

    private static void assertOneClearLine(String error, String everything, String expect) {
        assertEquals(1, error.strip().lines().count(), "one line: " + error);
        assertTrue(error.contains(expect), "'" + expect + "' in: " + error);
        assertFalse(everything.contains("\tat ") || everything.matches("(?s).*\\n\\s+at [\\w.$]+\\(.*"),
                "no stack trace: " + everything);
        assertFalse(everything.contains("Exception"), "no exception name: " + everything);
        String core = error.strip();
        core = core.substring(Math.min(core.length(), core.indexOf(": ") + 2));
        int printed = everything.split(Pattern.quote(core), -1).length - 1;
        assertTrue(printed <= 1, "printed once, not " + printed + " times: " + everything);
        assertFalse(error.matches("^([^:]+): \\1: .*"), "the command is named once: " + error);
    }

    /** Title -> a digest of the pixels of every open image. */
    private static Map<String, String> images() {
        Map<String, String> digests = new TreeMap<>();
        int[] ids = WindowManager.getIDList();
        if (ids == null) {
            return digests;
        }
        for (int id : ids) {
            ImagePlus image = WindowManager.getImage(id);
            ImageStack stack = image.getStack();
            StringBuilder digest = new StringBuilder(image.getBitDepth() + ":" + image.getWidth() + "x"
                    + image.getHeight() + "x" + stack.getSize());
            for (int s = 1; s <= stack.getSize(); s++) {
                Object pixels = stack.getPixels(s);
                int hash = pixels instanceof byte[] b ? Arrays.hashCode(b) : pixels instanceof short[] sh
                        ? Arrays.hashCode(sh) : pixels instanceof float[] f ? Arrays.hashCode(f)
                        : Arrays.hashCode((int[]) pixels);
                digest.append(':').append(hash).append('/').append(stack.getSliceLabel(s));
            }
            digests.put(image.getTitle(), digest.toString());
        }
        return digests;
    }

    /** Every file under the temporary folder (hidden and partial ones included) -> a digest of its bytes. */
    private static Map<String, String> files() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> all = Files.walk(temp)) {
            for (Path p : all.toList()) {
                String name = temp.relativize(p).toString();
                digests.put(name, Files.isDirectory(p) ? "folder" : Integer.toString(Arrays.hashCode(
                        Files.readAllBytes(p))));
            }
        }
        return digests;
    }
}
