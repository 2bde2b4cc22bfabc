package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a folder all at once: files go into a hidden temporary sibling, which is renamed to the target only
 * when complete. A failed or cancelled export leaves nothing behind, and an existing folder is replaced only
 * when the caller allows it.
 */
public final class AtomicFolder {

    /** The content to write into the (temporary) folder. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    public static void write(Path target, boolean overwrite, Writer writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new InvalidInputException("Cannot export to the root folder " + absolute + "; choose a sub-folder.");
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new InvalidInputException("The export folder " + absolute + " already exists; choose another "
                    + "folder or add the overwrite option to replace it.");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InvalidInputException(absolute + " is a file, not a folder; choose a folder name.");
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw unwritable(parent, e);
        }
        if (!Files.isWritable(parent)) {
            throw unwritable(parent, null);
        }
        Path temporary;
        try {
            temporary = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw unwritable(parent, e);
        }
        try {
            writer.writeInto(temporary);
            Path old = null;
            if (Files.exists(absolute)) {
                old = parent.resolve("." + absolute.getFileName() + ".old-" + System.nanoTime());
                move(absolute, old);
            }
            move(temporary, absolute);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            IOException cause = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
            throw new UncheckedIOException(failure(absolute, e), cause);
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * One line for a failed write. Image writers wrap the system's reason (e.g. ImageIO's "I/O error writing PNG
     * file!" around "No space left on device"), so the whole cause chain is searched for it.
     */
    static String failure(Path target, Throwable error) {
        String deepest = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason() : t.getMessage();
            if (message != null && (message.contains("No space left on device")
                    || message.contains("Disk quota exceeded"))) {
                return "The disk holding " + target.getParent() + " is full (" + message.strip() + "); free some "
                        + "space or choose a folder on another disk. Nothing was written.";
            }
            if (message != null) {
                deepest = message;
            }
        }
        return "Writing " + target + " failed: " + deepest + ". Nothing was written.";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static InvalidInputException unwritable(Path folder, IOException cause) {
        String reason;
        if (cause == null || cause instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (cause instanceof java.nio.file.FileAlreadyExistsException e) {
            reason = "a file, not a folder, is in the way at " + e.getFile();
        } else if (cause instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            reason = e.getReason();
        } else {
            reason = String.valueOf(cause.getMessage());
        }
        return new InvalidInputException("Cannot write into the folder " + folder + " (" + reason + "): choose a "
                + "folder you can write to, or fix its permissions.", cause);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // Best effort: the temporary folder is hidden and named as such.
        }
    }
}
