package io.github.parallaxlayers.imagej;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.github.parallaxlayers.imagej.MacroChainTest.squarePlate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import Layer Stack on a hand-edited layers.json (issue 20): each edit is refused with one line that names the file
 * and the first offending key, with no stack trace and no image opened.
 */
class ImportManifestBadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path export;
    private static String manifest;

    @BeforeAll
    static void exportOnce() throws Exception {
        export = temp.resolve("export");
        ImageJTestSupport.ok(squarePlate("plate") + "newImage('m', '8-bit black', 200, 150, 1);"
                + "setColor(255); fillRect(60, 40, 60, 60);"
                + "run('Build Layer Stack', 'plate=plate masks=m');"
                + "run('Export Layer Stack', 'folder=[" + export + "]');");
        manifest = Files.readString(export.resolve("layers.json"));
        ImageJTestSupport.closeAll();
    }

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static Arguments edit(String key, Consumer<ObjectNode> change) {
        return Arguments.of(key, (Consumer<ObjectNode>) change, null);
    }

    private static ObjectNode layer(ObjectNode root, int i) {
        return (ObjectNode) root.get("layers").get(i);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("layers is missing", r -> r.remove("layers")),
                edit("layers is empty", r -> r.putArray("layers")),
                edit("layers must be an array", r -> r.put("layers", "front")),
                edit("source is missing", r -> r.remove("source")),
                edit("source.width must be an integer", r -> ((ObjectNode) r.get("source")).put("width", "wide")),
                edit("source.height is 0", r -> ((ObjectNode) r.get("source")).put("height", 0)),
                edit("version must be an integer", r -> r.put("version", "1")),
                edit("is version 2", r -> r.put("version", 2)),
                edit("is format 'other'", r -> r.put("format", "other")),
                edit("plate_filled is missing", r -> r.remove("plate_filled")),
                edit("plate_filled '../plate.png' must be the name of a file in the folder itself",
                        r -> r.put("plate_filled", "../plate.png")),
                edit("layers[0].files is missing", r -> layer(r, 0).remove("files")),
                edit("layers[0].files.rgba is missing", r -> ((ObjectNode) layer(r, 0).get("files")).remove("rgba")),
                edit("layers[0].name is null", r -> layer(r, 0).putNull("name")),
                edit("layers[0].name is empty", r -> layer(r, 0).put("name", " ")),
                edit("layers[0].name must be a string", r -> layer(r, 0).put("name", 7)),
                edit("layers[1].name 'layer-1' is used by an earlier layer",
                        r -> ((ArrayNode) r.get("layers")).add(layer(r, 0).deepCopy())),
                edit("layers[0].depth_hint is -2", r -> layer(r, 0).put("depth_hint", -2)),
                edit("layers[0].depth_hint is 0", r -> layer(r, 0).put("depth_hint", 0)),
                edit("layers[0].depth_hint must be a number", r -> layer(r, 0).put("depth_hint", "near")),
                edit("layers[0].card.kind is 'dome'", r -> layer(r, 0).putObject("card").put("kind", "dome")
                        .put("distance", 1).putArray("normal").add(0).add(1).add(0)),
                edit("layers[0].card.normal is (0, 0, 0)", r -> layer(r, 0).putObject("card").put("kind", "ground")
                        .put("distance", -1.6).putArray("normal").add(0).add(0).add(0)),
                edit("layers[0].card.normal must be an array of three numbers", r -> layer(r, 0).putObject("card")
                        .put("kind", "wall").put("distance", -3).putArray("normal").add(1).add(0)),
                edit("layers[0].card.distance must be a finite number", r -> layer(r, 0).putObject("card")
                        .put("kind", "wall").put("distance", "far").putArray("normal").add(1).add(0).add(0)),
                edit("layers[0].bbox.width is 500", r -> ((ObjectNode) layer(r, 0).get("bbox")).put("width", 500)),
                edit("layers[0].history must be an array", r -> layer(r, 0).put("history", "made by hand")),
                edit("bits_per_channel must be 8 or 16", r -> r.put("bits_per_channel", 12)),
                edit("sample_range needs max greater than min", r -> {
                    ObjectNode range = r.putObject("sample_range");
                    range.put("min", 5);
                    range.put("max", 5);
                }),
                edit("layers[0] must be an object", r -> ((ArrayNode) r.get("layers")).set(0, JSON.getNodeFactory()
                        .textNode("front"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void editedManifestIsRefusedNamingTheKey(String expected, Consumer<ObjectNode> change, Object unused)
            throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(manifest);
        change.accept(root);
        assertRefused(JSON.writeValueAsString(root), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenText")
    void brokenJsonIsOneLine(String expected, String text) throws Exception {
        assertRefused(text, expected);
    }

    static Stream<Arguments> brokenText() {
        return Stream.of(
                Arguments.of("is not valid JSON (line", "{\"format\": \"parallax-layers\", \"layers\": ["),
                Arguments.of("layers.json is empty", ""),
                Arguments.of("the top level must be a JSON object", "[1, 2, 3]"),
                Arguments.of("is not valid JSON (line", "{\"format\": parallax}"));
    }

    private static void assertRefused(String text, String expected) throws Exception {
        Path folder = temp.resolve("edited");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(export)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(folder.resolve("layers.json"), text, StandardCharsets.UTF_8);
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(
                "run('Import Layer Stack', 'folder=[" + folder + "]'); print('went on');");
        assertNotNull(run.error(), "refused: " + run.output());
        assertTrue(run.error().contains(folder.resolve("layers.json").toString()), run.error());
        assertTrue(run.error().contains(expected), "expected '" + expected + "' in: " + run.error());
        assertFalse(run.output().contains("\tat ") || run.output().contains("Exception"), run.output());
        assertFalse(run.output().contains("went on"), run.output());
        assertEquals(1, run.error().lines().count(), run.error());
        assertNull(ij.WindowManager.getCurrentImage(), "no image is opened");
    }
}
