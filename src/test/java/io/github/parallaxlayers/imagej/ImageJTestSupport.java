package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.WindowManager;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import io.github.parallaxlayers.headless.MacroRunner;

/** Runs macros through the real ImageJ interpreter in this JVM and captures what they print. */
public final class ImageJTestSupport {

    /** What a macro run returned and printed. */
    public record Run(MacroRunner.Outcome outcome, String output) {
        public String error() {
            return outcome.error();
        }
    }

    private ImageJTestSupport() {
    }

    /** Runs a macro that must succeed: a macro error fails the test with the macro's output. */
    public static void ok(String code) {
        Run run = runMacro(code);
        org.junit.jupiter.api.Assertions.assertNull(run.error(), run.output());
    }

    public static synchronized Run runMacro(String code) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            MacroRunner.Outcome outcome = MacroRunner.run(code, "");
            return new Run(outcome, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Runs a macro with the model store pointed at {@code store}, then restores the previous store. */
    public static synchronized Run runMacroWithModels(java.nio.file.Path store, String code) {
        String saved = System.getProperty("parallax.models");
        System.setProperty("parallax.models", store.toString());
        try {
            return runMacro(code);
        } finally {
            if (saved == null) {
                System.clearProperty("parallax.models");
            } else {
                System.setProperty("parallax.models", saved);
            }
        }
    }

    public static ImagePlus image(String title) {
        ImagePlus image = WindowManager.getImage(title);
        if (image == null) {
            throw new AssertionError("no image titled " + title + "; open: "
                    + String.join(", ", WindowManager.getImageTitles()));
        }
        return image;
    }

    public static void closeAll() {
        MacroRunner.closeAllImages();
    }
}
