package io.github.parallaxlayers.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The per-plate output folders of a batch: a plate's macro writes into {@code .NAME.part-RANDOM} (a new name each
 * attempt, so a worker still finishing an abandoned attempt can never write into the next one), which becomes
 * {@code NAME} by one rename when the plate succeeded.
 */
final class OutputFolders {
    private OutputFolders() {
    }

    static Path temporary(Path out, String name) {
        return out.resolve("." + name + ".part-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Renames a finished plate's folder into place; returns an error line, or null when done. */
    static String complete(Path temporary, Path target) {
        if (!Files.isDirectory(temporary)) {
            return "The macro finished without writing its output folder out=" + temporary + "; make it save its "
                    + "results into the folder given by the out= argument.";
        }
        if (Files.exists(target)) {
            return "The output folder " + target + " appeared while the plate ran; remove it or use another --out.";
        }
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return null;
        } catch (IOException e) {
            return "Cannot rename " + temporary + " to " + target + ": " + e.getMessage();
        }
    }

    /**
     * Removes the hidden leftovers of earlier attempts at a plate: its {@code .NAME.part-…} folders and the
     * temporary folders exports make beside them. Returns how many it removed.
     */
    static int removeLeftovers(Path out, String name) throws IOException {
        int removed = 0;
        String own = "." + name + ".part-";
        String nested = "." + own;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out, "." + "*")) {
            for (Path entry : entries) {
                String file = entry.getFileName().toString();
                if (file.startsWith(own) || file.startsWith(nested)) {
                    removeQuietly(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    static void removeQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // A hidden leftover; the next run tries again.
        }
    }
}
