package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Overwrite deletes only what an earlier export wrote; folders follow the umask; stale temporaries go away. */
class ExportFolderSafetyTest {

    @TempDir
    Path temp;

    private static LayerStack stack(int layers) {
        int w = 40;
        int h = 30;
        int[] rgb = new int[w * h];
        java.util.Arrays.fill(rgb, 0x336699);
        List<Mask> masks = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < layers; i++) {
            Mask m = Mask.empty(w, h);
            for (int y = 2 + 5 * i; y < 6 + 5 * i; y++) {
                for (int x = 3; x < 20; x++) {
                    m.set(x, y, true);
                }
            }
            masks.add(m);
            names.add("layer " + i);
        }
        return LayerStackBuilder.build("plate.png", Plate.rgb(w, h, rgb), masks, names, null);
    }

    private static InvalidInputException refused(Path out, boolean overwrite, List<Path> keep) {
        return assertThrows(InvalidInputException.class, () -> LayerStackExporter.export(stack(1), out, overwrite, keep,
                ExportFormat.PNG, SceneSettings.DEFAULT, ExportBits.AUTO, null, ProgressListener.NONE));
    }

    @Test
    void overwriteKeepsTheUsersFilesAndTheOpenPlate() throws IOException {
        Path work = Files.createDirectories(temp.resolve("work"));
        Path plate = Files.writeString(work.resolve("plate.png"), "the photograph");
        String message = refused(work, true, List.of()).getMessage();
        assertTrue(message.contains("not an earlier Parallax Layers export") && message.contains("plate.png"), message);
        assertEquals("the photograph", Files.readString(plate));

        // An earlier export the user opened a file of: refused while the image is open, even with overwrite.
        Path out = temp.resolve("out");
        LayerStackExporter.export(stack(1), out, false, ProgressListener.NONE);
        Path opened = out.resolve(LayerStackExporter.PLATE_FILLED);
        message = refused(out, true, List.of(opened)).getMessage();
        assertTrue(message.contains("open in ImageJ") && message.contains(opened.toString()), message);
        assertTrue(Files.exists(opened));

        // A file the user added to an earlier export is not deleted by the next one.
        Path notes = Files.writeString(out.resolve("notes.txt"), "my notes");
        message = refused(out, true, List.of()).getMessage();
        assertTrue(message.contains("notes.txt") && message.contains("did not write"), message);
        assertEquals("my notes", Files.readString(notes));
        Files.delete(notes);

        // An earlier export alone is replaced, files of layers it no longer has included.
        LayerStackExporter.export(stack(3), out, true, ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("layer-03-layer-2.png")));
        LayerStackExporter.export(stack(1), out, true, ProgressListener.NONE);
        assertFalse(Files.exists(out.resolve("layer-03-layer-2.png")));
        assertEquals(List.of(ExportInventory.FILE, "layer-01-layer-0.png", "layers.json", "mask-01-layer-0.png",
                "plate-filled.png"), ExportInventory.files(out));
    }

    @Test
    void anExportMadeBeforeTheInventoryIsStillReplaceable() throws IOException {
        Path out = temp.resolve("old-export");
        LayerStackExporter.export(stack(2), out, false, ProgressListener.NONE);
        Files.delete(out.resolve(ExportInventory.FILE));
        LayerStackExporter.export(stack(1), out, true, ProgressListener.NONE);
        assertFalse(Files.exists(out.resolve("layer-02-layer-1.png")));
        // ... but not one whose layers.json is someone else's.
        Path foreign = Files.createDirectories(temp.resolve("foreign"));
        Files.writeString(foreign.resolve("layers.json"), "{\"format\": \"other-tool\"}");
        assertTrue(refused(foreign, true, List.of()).getMessage().contains("layers.json"));
    }

    @Test
    void foldersAndFilesFollowTheUmask() throws IOException {
        Assumptions.posix(temp);
        Path out = temp.resolve("shared");
        LayerStackExporter.export(stack(1), out, false, ProgressListener.NONE);
        // What mkdir and a plain file write give here, with this process's umask.
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(Files.createDirectory(temp.resolve("mkdir")));
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(Files.writeString(temp.resolve("f"), "x"));
        assertTrue(folder.contains(PosixFilePermission.OTHERS_READ) || !file.contains(PosixFilePermission.OTHERS_READ),
                "this test expects a usual umask such as 022");
        assertEquals(folder, Files.getPosixFilePermissions(out), "the export folder is made as mkdir makes one");
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertEquals(file, Files.getPosixFilePermissions(f), f.toString());
            }
        }
    }

    @Test
    void staleTemporaryFoldersOfOursAreRemovedOnTheNextExport() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path killed = Files.createDirectories(temp.resolve(StaleExports.temporaryName("out", "killed")));
        Files.writeString(killed.resolve(StaleExports.OWNER), finished.pid() + " 2020-01-01T00:00:00Z");
        Files.write(killed.resolve("layer-01-a.png"), new byte[1 << 20]);
        Path running = Files.createDirectories(temp.resolve(StaleExports.temporaryName("out", "running")));
        StaleExports.markOwner(running);
        Path unmarked = Files.createDirectories(temp.resolve(".out.tmp-users-own"));
        Files.writeString(unmarked.resolve("draft.txt"), "not ours");
        Path otherTarget = Files.createDirectories(temp.resolve(StaleExports.temporaryName("elsewhere", "killed")));
        Files.writeString(otherTarget.resolve(StaleExports.OWNER), finished.pid() + " -");

        LayerStackExporter.export(stack(1), temp.resolve("out"), false, ProgressListener.NONE);

        assertFalse(Files.exists(killed), "the folder of a killed export is removed");
        assertTrue(Files.exists(running), "a folder another export in this process is writing stays");
        assertTrue(Files.exists(unmarked.resolve("draft.txt")), "a folder that is not ours stays");
        assertTrue(Files.exists(otherTarget), "only the folders beside this target are looked at");
    }

    /** POSIX permissions exist only on POSIX file systems. */
    private static final class Assumptions {
        static void posix(Path p) {
            org.junit.jupiter.api.Assumptions.assumeTrue(p.getFileSystem().supportedFileAttributeViews()
                    .contains("posix"), "permissions are POSIX-only");
        }
    }
}
