package io.github.parallaxlayers.headless;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;
import io.github.parallaxlayers.core.ImageFileCheck;
import io.github.parallaxlayers.imagej.CommandRunner;
import net.imagej.patcher.EssentialLegacyHooks;
import net.imagej.patcher.LegacyHooks;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The headless runner's hook on ImageJ's {@code open(path)} (ij1-patcher's legacy hooks): a file that cannot be a
 * complete image stops the macro with one line naming the file and why, where ImageJ would print a message or a
 * stack trace, go on, and let the next command say "no image is open" — or use a truncated JPEG as a half-grey
 * picture. An image file ImageJ then fails to read stops the macro the same way.
 */
final class HeadlessOpenHooks extends EssentialLegacyHooks {
    private static boolean installed;

    /** Installs the hooks once, in a JVM that {@link HeadlessDialogs} patched. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            IJ.class.getMethod("_hooks", LegacyHooks.class).invoke(null, new HeadlessOpenHooks());
            installed = true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ImageJ is not patched for headless runs", e);
        }
    }

    @Override
    public Object interceptFileOpen(String path) {
        if (path == null || path.isEmpty() || path.startsWith("http://") || path.startsWith("https://")) {
            return null;
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            return stop("'" + path + "' is not a valid file path: " + e.getReason() + ".");
        }
        String problem = ImageFileCheck.problem(file);
        if (problem != null) {
            return stop(problem);
        }
        if (!isImageName(path) || java.nio.file.Files.isDirectory(file)) {
            return null;
        }
        // Open it here rather than through Opener, whose failures print a message (or a trace) and carry on.
        ImagePlus image = IJ.openImage(path);
        if (image == null) {
            String why = IJ.getErrorMessage();
            return stop(path + " could not be read as an image" + (why == null || why.isBlank() ? "" : " (" + why
                    .replaceAll("\\s*\\n\\s*", " ").trim() + ")") + ": check that it is a PNG, JPEG, TIFF, GIF or "
                    + "BMP file ImageJ can read.");
        }
        image.show();
        return Boolean.TRUE; // handled: ImageJ's own open does nothing more
    }

    /**
     * File › Import › Image Sequence... ({@code ij.plugin.FolderOpener}): its dialog fails headless inside ImageJ
     * (an IndexOutOfBoundsException from the patched dialog), so the runner opens the folder itself with the same
     * macro options through {@code FolderOpener.open(folder, options)}, as the macro function
     * {@code File.openSequence} does, after checking the folder, so a wrong one stops the macro with one line.
     */
    @Override
    public Object interceptRunPlugIn(String className, String arg) {
        if (!"ij.plugin.FolderOpener".equals(className) || Interpreter.getInstance() == null) {
            return null;
        }
        String options = ij.Macro.getOptions();
        String folder = options == null ? null : ij.Macro.getValue(options, "open",
                ij.Macro.getValue(options, "dir", null));
        String title = "Image Sequence...";
        if (folder == null || folder.isBlank()) {
            return stop(title, "give the folder with open=[folder].");
        }
        Path dir;
        try {
            dir = Path.of(folder);
        } catch (InvalidPathException e) {
            return stop(title, "'" + folder + "' is not a valid folder path: " + e.getReason() + ".");
        }
        if (java.nio.file.Files.isRegularFile(dir)) {
            dir = dir.getParent(); // ImageJ accepts a file of the sequence and opens its folder
        }
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return stop(title, folder + " does not exist: check the path (and that the disk is mounted).");
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            if (files.noneMatch(f -> isImageName(f.toString()))) {
                return stop(title, dir + " holds no PNG, JPEG, TIFF, GIF or BMP files.");
            }
        } catch (java.io.IOException e) {
            return stop(title, dir + " cannot be read: " + e.getMessage() + ".");
        }
        ImagePlus sequence;
        try {
            // FolderOpener.open reads the current keys; older recorded macros use the dialog's earlier names.
            String current = options.replaceAll("(?<![\\w])number=", "count=")
                    .replaceAll("(?<![\\w])starting=", "start=")
                    .replaceAll("(?<![\\w])(increment|inc)=", "step=");
            sequence = ij.plugin.FolderOpener.open(dir.toString(), current);
        } catch (RuntimeException e) {
            return stop(title, "the images in " + dir + " could not be opened as a sequence (" + e.getMessage()
                    + "): check that they all have one size and type.");
        }
        if (sequence == null) {
            return stop(title, "the images in " + dir + " could not be opened as a sequence: check the filter "
                    + "and range options and that the images have one size and type.");
        }
        sequence.show();
        return Boolean.TRUE;
    }

    private static boolean isImageName(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|tiff?|gif|bmp)");
    }

    private static Object stop(String message) {
        return stop("open", message);
    }

    private static Object stop(String title, String message) {
        CommandRunner.failHeadless(title, message);
        return Boolean.FALSE; // handled: nothing is opened
    }
}
