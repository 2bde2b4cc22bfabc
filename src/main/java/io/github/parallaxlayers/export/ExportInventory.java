package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The list of files an export wrote, kept in the export folder as {@code .parallax-export}, so that a later export
 * with {@code overwrite} can tell an earlier export of ours from a folder of the user's files: it replaces a folder
 * only when every file in it is one the earlier export wrote.
 */
final class ExportInventory {
    static final String FILE = ".parallax-export";
    private static final String HEADER = "# Parallax Layers export: the files it wrote (overwrite replaces only these)";
    /** Files an export wrote before the inventory existed (besides those its layers.json names). */
    private static final Set<String> LEGACY_NAMES = Set.of(LayerStackExporter.MANIFEST, LayerStackExporter.PLATE_FILLED,
            OraWriter.FILE, PsdWriter.FILE, GltfWriter.FILE, GltfWriter.BUFFER, GltfWriter.BINARY_FILE, "layers.tif");

    private ExportInventory() {
    }

    /** Lists every file under {@code folder} (written last, before the folder is renamed into place). */
    static void write(Path folder) throws IOException {
        StaleExports.clearOwner(folder);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(files(folder));
        lines.remove(FILE);
        Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
    }

    /** True when {@code folder} holds an inventory or the layers.json of an export of ours. */
    static boolean isOurs(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE)) || legacyNames(folder) != null;
    }

    /**
     * Refuses, with one line, to replace {@code folder} if it holds one of {@code keep} (files of open images) or
     * any file an earlier export of ours did not write.
     */
    static void checkReplaceable(Path folder, Collection<Path> keep) {
        for (Path k : keep) {
            Path file = k.toAbsolutePath().normalize();
            if (file.startsWith(folder)) {
                throw new InvalidInputException("The export folder " + folder + " holds " + file + ", the file of an "
                        + "image open in ImageJ; overwrite would delete it: export to another folder.");
            }
        }
        List<String> present;
        try {
            present = files(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the export folder " + folder + ": " + e.getMessage(), e);
        }
        if (present.isEmpty()) {
            return;
        }
        Set<String> written = written(folder);
        if (written == null) {
            throw new InvalidInputException("The folder " + folder + " is not an earlier Parallax Layers export (it "
                    + "holds " + present.get(0) + "); overwrite replaces only an earlier export: choose a new or "
                    + "empty folder.");
        }
        for (String name : present) {
            if (!written.contains(name) && !name.equals(FILE)) {
                throw new InvalidInputException("The export folder " + folder + " holds " + name + ", which the "
                        + "earlier export did not write; overwrite never deletes such files: move it away or choose "
                        + "another folder.");
            }
        }
    }

    /** The files an earlier export wrote into {@code folder}, or null if it is not an export of ours. */
    private static Set<String> written(Path folder) {
        Path inventory = folder.resolve(FILE);
        if (Files.isRegularFile(inventory)) {
            try {
                List<String> lines = Files.readAllLines(inventory, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
                    return new HashSet<>(lines.subList(1, lines.size()));
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
        return legacyNames(folder);
    }

    /** For an export made before the inventory: what its layers.json names, plus the fixed file names. */
    private static Set<String> legacyNames(Path folder) {
        Path manifest = folder.resolve(LayerStackExporter.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            if (root == null || !LayersManifest.FORMAT.equals(root.path("format").asText())) {
                return null;
            }
            Set<String> names = new HashSet<>(LEGACY_NAMES);
            for (JsonNode layer : root.path("layers")) {
                names.add(layer.path("files").path("rgba").asText());
                names.add(layer.path("files").path("mask").asText());
            }
            return names;
        } catch (IOException e) {
            return null;
        }
    }

    /** Every regular file under {@code folder}, as '/'-separated relative paths, sorted. */
    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> !p.equals(folder) && !Files.isDirectory(p))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
