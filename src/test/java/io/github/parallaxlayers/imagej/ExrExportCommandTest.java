package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.export.exr.ExrReader;
import io.github.parallaxlayers.export.exr.LayerStackExr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export Layer Stack with format=exr / nuke from a macro: the options arrive, bad input stops with one line. */
class ExrExportCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static final String LAYERS = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 1); setMetadata('Label', 'square.one');"
            + "setColor(255); fillRect(60, 40, 60, 60);"
            + "run('Build Layer Stack', 'plate=plate masks=masks background=sky');";

    @Test
    void optionsReachTheFile() throws Exception {
        Path out = temp.resolve("exr");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + out
                + "] format=exr precision=float compression=none transfer=keep exrlayout=singlepart fov=30');");
        assertNull(run.error(), run.output());
        List<ExrReader.Part> parts = ExrReader.read(out.resolve(LayerStackExr.FILE));
        assertEquals(1, parts.size());
        ExrReader.Part part = parts.get(0);
        assertEquals(0, part.compression());
        assertTrue(java.util.Arrays.stream(part.pixelTypes()).allMatch(t -> t == 2));
        assertTrue(part.channels().contains("square_one.R"), part.channels().toString());
        // keep: the 8-bit red of the square, unchanged, in the square
        assertEquals(((MacroChainTest.RED >> 16) & 0xff) / 255f, part.at("square_one.R", 90, 50));
        assertEquals(30f, part.attributes().get("fieldOfViewVertical").asFloat());
        assertTrue(run.output().contains("vertical field of view 30.00°"), run.output());
        assertTrue(Files.notExists(out.resolve("layers.nk")));

        Path nuke = temp.resolve("nuke");
        run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + nuke + "] format=nuke');");
        assertNull(run.error(), run.output());
        assertTrue(Files.readString(nuke.resolve("layers.nk")).contains("Camera2 {"));
        assertTrue(run.output().contains("is the default one: vertical field of view 40.00°"), run.output());
    }

    @Test
    void badInputStopsWithOneLineAndWritesNothing() throws Exception {
        Path out = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + out
                + "] format=exr');");
        assertTrue(run.error().contains("already exists; choose another folder or add the overwrite option"),
                run.error());
        assertEquals(List.of("keep.txt"), names(out));
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + file.resolve("sub")
                + "] format=nuke');");
        assertTrue(run.error() != null && !run.error().contains("\n\tat "), String.valueOf(run.error()));
        run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + temp.resolve("x")
                + "] format=exr precision=double');");
        assertTrue(run.error().contains("Unknown value 'double' for precision=; valid values are: half, float"),
                run.error());
        assertEquals(List.of("a-file", "taken"), names(temp), "no temporary folder left behind");
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
