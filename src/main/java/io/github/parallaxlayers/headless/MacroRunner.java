package io.github.parallaxlayers.headless;

import ij.IJ;
import ij.Macro;
import ij.WindowManager;
import ij.macro.HeadlessInterpreter;
import ij.macro.Interpreter;
import io.github.parallaxlayers.imagej.CommandRunner;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Runs an ImageJ 1.x macro in this JVM with the plugin's commands registered, without a display: the engine of
 * {@code parallax-layers.jar run-macro}. Images live in batch mode; an error in a command aborts the macro and
 * is returned as one line.
 */
public final class MacroRunner {

    /**
     * How a macro run ended: {@code error} is null on success; {@code printed} says the error line is already on
     * standard error (a command's failure prints itself), so a caller must not print it again.
     */
    public record Outcome(String returnValue, String error, boolean printed) {
        public Outcome(String returnValue, String error) {
            this(returnValue, error, false);
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    private MacroRunner() {
    }

    public static Outcome runFile(Path file, String argument) {
        String code;
        try {
            code = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new Outcome(null, "The macro file " + file.toAbsolutePath() + " does not exist.");
        } catch (IOException e) {
            return new Outcome(null, "Cannot read the macro file " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        return run(code, argument);
    }

    public static synchronized Outcome run(String code, String argument) {
        if (!GraphicsEnvironment.isHeadless()) {
            String result = IJ.runMacro(code, argument == null ? "" : argument);
            String error = IJ.getErrorMessage();
            return "[aborted]".equals(result) || error != null
                    ? new Outcome(null, error != null ? error : "The macro was aborted.") : new Outcome(result, null);
        }
        HeadlessDialogs.install();
        if (!HeadlessDialogs.readMacroOptions()) {
            return new Outcome(null, HeadlessDialogs.unavailableMessage());
        }
        HeadlessImageJ.registerCommands();
        HeadlessOpenHooks.install();
        Interpreter.batchMode = true;
        CommandRunner.takeLastError();
        HeadlessInterpreter interpreter = new HeadlessInterpreter();
        String result = null;
        String failure = null;
        String[] crashed = new String[1];
        // When one of ImageJ's own commands throws, ImageJ logs the stack trace (to standard output, headless) and
        // goes on with the next line; a batch run should instead stop there and say in one line what failed.
        PrintStream out = System.out;
        System.setOut(new StackTraceCatcher(out, trace -> {
            if (crashed[0] == null) {
                crashed[0] = ImageJCommandFailure.describe(trace);
            }
            interpreter.abortMacro();
        }));
        try {
            result = interpreter.run(code, argument == null ? "" : argument);
        } catch (RuntimeException e) {
            if (!Macro.MACRO_CANCELED.equals(e.getMessage())) {
                failure = "The macro stopped: " + (String.valueOf(e.getMessage()).contains("headless dialog")
                        // ij1-patcher's words for a step of ImageJ's that asks the user something
                        ? "an ImageJ step needed a dialog, which a headless run cannot show (often because a file "
                        + "or folder it was given does not exist); check the paths and options of the last line"
                        : e.getClass().getSimpleName() + ": " + e.getMessage()) + ".";
            }
        } finally {
            System.setOut(out);
        }
        if (crashed[0] != null) {
            failure = crashed[0];
        }
        String commandError = CommandRunner.takeLastError();
        if (commandError != null) {
            return new Outcome(null, commandError, true);
        }
        if (interpreter.reportedError() != null || failure != null) {
            return new Outcome(null, failure != null ? failure : interpreter.reportedError());
        }
        return new Outcome(result, null);
    }

    /** Closes every image, so one macro's images do not leak into the next run in the same JVM. */
    public static void closeAllImages() {
        int[] ids = WindowManager.getIDList();
        if (ids != null) {
            for (int id : ids) {
                var image = WindowManager.getImage(id);
                if (image != null) {
                    image.changes = false;
                    image.close();
                }
            }
        }
        Interpreter.batchMode = false;
    }
}
