package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;

import java.awt.GraphicsEnvironment;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a command body and turns failures into one clear message that aborts a running macro, so a batch job
 * stops at the first bad step instead of carrying on with missing images. With a display {@code IJ.error} shows
 * it; headless (where ImageJ's own macro-error dialog would itself fail) it is one line on standard error.
 */
public final class CommandRunner {
    private static volatile String lastError;
    private static final AtomicInteger FAILURES = new AtomicInteger();
    /** The last failure line on this thread, in any mode: what a SciJava twin reports as its cancel reason. */
    private static final ThreadLocal<String> THREAD_FAILURE = new ThreadLocal<>();

    @FunctionalInterface
    interface Body {
        void run();
    }

    private CommandRunner() {
    }

    static void run(String title, Body body) {
        try {
            body.run();
        } catch (InvalidInputException | UncheckedIOException e) {
            fail(title, e.getMessage());
        } catch (CancelledException e) {
            IJ.showProgress(1.0);
            IJ.showStatus(title + ": cancelled");
            fail(title, "cancelled; nothing was changed.");
        } catch (OutOfMemoryError e) {
            fail(title, "Out of memory: give ImageJ more memory (Edit > Options > Memory & Threads) or "
                    + "work on a smaller plate.");
        } catch (RuntimeException e) {
            if (Macro.MACRO_CANCELED.equals(e.getMessage())) {
                throw e;
            }
            // A bug, not bad input: keep the trace for a bug report, but show the user one line.
            e.printStackTrace();
            fail(title, "Internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Please report it with the macro that caused it.");
        }
    }

    private static void fail(String title, String message) {
        FAILURES.incrementAndGet();
        THREAD_FAILURE.set(message != null && message.startsWith(title + ": ") ? message : title + ": " + message);
        IJ.showProgress(1.0);
        if (!GraphicsEnvironment.isHeadless()) {
            IJ.error(title, message);
            return;
        }
        failHeadless(title, message);
    }

    /** Reports {@code message} as one line on standard error and stops the running macro (headless runner). */
    public static void failHeadless(String title, String message) {
        lastError = message != null && message.startsWith(title + ": ") ? message : title + ": " + message;
        System.err.println(lastError);
        Interpreter macro = Interpreter.getInstance();
        if (macro != null) {
            macro.setIgnoreErrors(true); // stops the macro quietly instead of opening an error dialog
            macro.abort(lastError);
        }
    }

    /** The failure line of the last command that failed on this thread, cleared by reading it. */
    static String takeThreadFailure() {
        String failure = THREAD_FAILURE.get();
        THREAD_FAILURE.remove();
        return failure;
    }

    /** How many commands have failed so far in this JVM (a caller compares before and after a run). */
    static int failures() {
        return FAILURES.get();
    }

    /** The last error reported headless, cleared by reading it. */
    public static String takeLastError() {
        String error = lastError;
        lastError = null;
        return error;
    }
}
