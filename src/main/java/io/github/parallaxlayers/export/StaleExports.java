package io.github.parallaxlayers.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes what a killed export left beside its target: the hidden {@code .NAME.tmp-*} folder it was writing (tens
 * of MB) and a {@code .NAME.old-*} folder of a replace cut short. A temporary folder carries an owner mark (process
 * id and start time); it is stale when that process is gone. Only folders that are ours are removed.
 */
final class StaleExports {
    static final String OWNER = ".parallax-owner";
    /** Folders without an owner mark (older versions) are left this long, in case their export is still running. */
    private static final Duration UNMARKED_GRACE = Duration.ofMinutes(30);
    private static final Pattern OUR_FILES = Pattern.compile(
            "(layer|mask)-\\d+-.+\\.png|plate-filled\\.png|layers\\.(json|ora|psd|tif)|scene\\.(gltf|bin|glb)");

    private StaleExports() {
    }

    static String temporaryName(String target, String random) {
        return "." + target + ".tmp-" + random;
    }

    static void markOwner(Path temporary) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(temporary.resolve(OWNER), self.pid() + " "
                + self.info().startInstant().map(Instant::toString).orElse("-"), StandardCharsets.UTF_8);
    }

    static void clearOwner(Path temporary) throws IOException {
        Files.deleteIfExists(temporary.resolve(OWNER));
    }

    /** Removes the stale temporary and half-replaced folders of earlier exports to {@code target}. */
    static void removeBeside(Path target) {
        String name = target.getFileName().toString();
        String tmp = "." + name + ".tmp-";
        String old = "." + name + ".old-";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                p -> p.getFileName().toString().startsWith(tmp) || p.getFileName().toString().startsWith(old))) {
            for (Path sibling : siblings) {
                if (Files.isDirectory(sibling) && isStale(sibling)) {
                    AtomicFolder.deleteQuietly(sibling);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning up is a courtesy; the export itself must not fail for it.
        }
    }

    static boolean isStale(Path folder) throws IOException {
        Path owner = folder.resolve(OWNER);
        if (Files.isRegularFile(owner)) {
            String[] mark = Files.readString(owner, StandardCharsets.UTF_8).trim().split(" ");
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(mark[0]));
            return process.isEmpty() || !process.get().isAlive() || !process.get().info().startInstant()
                    .map(Instant::toString).orElse("-").equals(mark.length > 1 ? mark[1] : "-");
        }
        if (Files.isRegularFile(folder.resolve(ExportInventory.FILE))) {
            return true; // complete but never renamed into place: its export is over
        }
        boolean old = Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(UNMARKED_GRACE));
        return old && ExportInventory.files(folder).stream().allMatch(f -> OUR_FILES.matcher(f).matches());
    }
}
