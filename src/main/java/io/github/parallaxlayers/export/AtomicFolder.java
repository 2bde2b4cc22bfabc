package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a folder all at once: files go into a hidden temporary sibling, which is renamed to the target only
 * when complete. A failed or cancelled export leaves nothing behind, and an existing folder is replaced only
 * when the caller allows it and only when it is an earlier export of ours ({@link ExportInventory}): overwrite
 * never deletes a file the export did not write. Folders are created as {@code mkdir} would, so the umask applies
 * (a render farm or another user can read them where the umask allows it).
 */
public final class AtomicFolder {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The content to write into the (temporary) folder. */
    @FunctionalInterface
    public interface Writer {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    public static void write(Path target, boolean overwrite, Writer writer) {
        write(target, overwrite, java.util.List.of(), writer);
    }

    /**
     * As {@link #write(Path, boolean, Writer)}; {@code keep} are files that must survive (the files of the images
     * open in ImageJ): an export folder holding one of them is refused even with {@code overwrite}.
     */
    public static void write(Path target, boolean overwrite, Collection<Path> keep, Writer writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new InvalidInputException("Cannot export to the root folder " + absolute + "; choose a sub-folder.");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InvalidInputException(absolute + " is a file, not a folder; choose a folder name.");
        }
        if (Files.exists(absolute) && !overwrite) {
            throw new InvalidInputException("The export folder " + absolute + " already exists; choose another "
                    + "folder or add the overwrite option to replace it.");
        }
        if (Files.isDirectory(absolute)) {
            ExportInventory.checkReplaceable(absolute, keep);
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw unwritable(parent, e);
        }
        if (!Files.isWritable(parent)) {
            throw unwritable(parent, null);
        }
        StaleExports.removeBeside(absolute);
        Path temporary;
        try {
            temporary = createTemporary(parent, absolute.getFileName().toString());
        } catch (IOException e) {
            String why = failure(absolute, e);
            if (why.startsWith(DISK_FULL)) { // a full disk, not a folder we may not write to
                throw new UncheckedIOException(why, e);
            }
            throw unwritable(parent, e);
        }
        try {
            writer.writeInto(temporary);
            ExportInventory.write(temporary);
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
     * A hidden sibling named {@code .NAME.tmp-RANDOM}, made with {@code createDirectory} so the umask applies
     * ({@code Files.createTempDirectory} makes it 700), holding the owner mark that lets a later export tell a
     * folder left by a killed run from one still being written.
     */
    private static final String DISK_FULL = "The disk holding ";

    private static Path createTemporary(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(StaleExports.temporaryName(name, Long.toUnsignedString(RANDOM.nextLong(), 36)));
            try {
                Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
                continue;
            }
            try {
                StaleExports.markOwner(candidate);
                return candidate;
            } catch (IOException | RuntimeException e) {
                // a full disk can refuse the owner mark: take the empty folder back before reporting
                deleteQuietly(candidate);
                throw e;
            }
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
                return DISK_FULL + target.getParent() + " is full (" + message.strip() + "); free some "
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

    static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // Best effort: the temporary folder is hidden, named as such, and removed by the next export.
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
