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

    private static boolean isImageName(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|tiff?|gif|bmp)");
    }

    private static Object stop(String message) {
        CommandRunner.failHeadless("open", message);
        return Boolean.FALSE; // handled: nothing is opened
    }
}
