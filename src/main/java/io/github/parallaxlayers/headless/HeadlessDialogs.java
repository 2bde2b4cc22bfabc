package io.github.parallaxlayers.headless;

import java.awt.GraphicsEnvironment;

/**
 * Lets ImageJ's own commands read their macro options without a display. ImageJ's {@code GenericDialog}
 * extends {@code java.awt.Dialog}, whose constructor throws {@code HeadlessException} without a display; for the
 * filters (Set..., Add..., Gaussian Blur..., Median...) {@code PlugInFilterRunner} swallows that exception and runs
 * the filter with its defaults, so {@code run("Set...", "value=200")} silently set 25. Fiji's headless mode fixes
 * this with ij1-patcher, which rewrites {@code GenericDialog} onto a headless twin that reads the macro options as
 * ImageJ does on its macro thread; this class applies the same patch.
 *
 * <p>The patch must be applied before the JVM loads any ImageJ class, and Java 17 allows it only with
 * {@code --add-opens=java.base/java.lang=ALL-UNNAMED} (parallax-layers.jar's manifest carries it). This class
 * therefore imports nothing from {@code ij}.
 */
public final class HeadlessDialogs {
    private static String failure;
    private static boolean tried;

    private HeadlessDialogs() {
    }

    /** Applies the headless patch if this JVM is headless and it is not applied yet; never throws. */
    public static synchronized void install() {
        if (tried || !GraphicsEnvironment.isHeadless()) {
            return;
        }
        tried = true;
        try {
            net.imagej.patcher.LegacyInjector.preinit();
        } catch (Throwable e) { // ij1-patcher reports a JVM it cannot patch with several exception types
            failure = e.getCause() != null && e.getCause() != e ? e.getCause().toString() : e.toString();
        }
    }

    /** True when ImageJ's dialogs can be built here and read macro options (always true with a display). */
    public static boolean readMacroOptions() {
        if (!GraphicsEnvironment.isHeadless()) {
            return true;
        }
        try {
            Class<?> dialog = Class.forName("ij.gui.GenericDialog");
            return !java.awt.Dialog.class.isAssignableFrom(dialog);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** One line saying why ImageJ's commands cannot read their options in this JVM, and what to do. */
    public static String unavailableMessage() {
        return "ImageJ's own commands cannot read their macro options in this JVM (they would silently use their "
                + "defaults): run the macro with 'java -jar parallax-layers.jar run-macro', or start Java with "
                + "--add-opens=java.base/java.lang=ALL-UNNAMED and call HeadlessDialogs.install() before any ImageJ "
                + "class is loaded" + (failure == null ? "." : " (the patch failed: " + failure + ").");
    }
}
