package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.Executer;
import ij.ImagePlus;
import ij.WindowManager;
import ij.plugin.frame.Recorder;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a command from a window of this plugin (the click tool, the Layer Manager) exactly as a macro would —
 * {@code IJ.run} with its options — and writes the same {@code run("…", "…");} line into an open Macro Recorder,
 * so a session done with the mouse replays as a macro. A command called with options never opens its dialog, so
 * ImageJ itself records nothing; the line is written here, after the command succeeded.
 *
 * <p>Commands run one after another on one background thread: the windows stay responsive, ImageJ's progress bar
 * moves, and steps keep their order.
 */
final class RecordedCommand {
    private static final ExecutorService QUEUE = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Parallax Layers commands");
        t.setDaemon(true);
        return t;
    });

    private RecordedCommand() {
    }

    /** Queues the command; the future is done when it has run (whether or not it succeeded). */
    static Future<?> run(ImagePlus image, String command, String options) {
        return QUEUE.submit(() -> runNow(image, command, options));
    }

    /** Runs the command on the calling thread; true when it succeeded (and was recorded). */
    static boolean runNow(ImagePlus image, String command, String options) {
        int failures = CommandRunner.failures();
        Recorder.suspendRecording(); // with "record in macros" on, ImageJ would add a line without the options
        try {
            IJ.run(image, command, options);
        } finally {
            Recorder.resumeRecording();
        }
        boolean ok = CommandRunner.failures() == failures;
        if (ok && Recorder.record) {
            Recorder.recordString(line(command, options));
        }
        return ok;
    }

    /**
     * Queues the command with its own dialog, as if chosen from the menu with {@code image} selected: the dialog
     * asks for the options and ImageJ records the line itself. It runs on a fresh thread, because ImageJ records
     * nothing on a thread that once ran {@code IJ.run} (it takes that for a macro).
     */
    static Future<?> runWithDialog(ImagePlus image, String command) {
        return QUEUE.submit(() -> {
            Thread thread = new Thread(() -> {
                WindowManager.setTempCurrentImage(image);
                new Executer(command).run();
            }, command);
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Runs a task after every command queued before it (a window refreshing itself, a test waiting). */
    static Future<?> after(Runnable task) {
        return QUEUE.submit(task);
    }

    /** The macro line for a command and its options, as the Macro Recorder writes it. */
    static String line(String command, String options) {
        return "run(\"" + command + "\", \"" + options.replace("\\", "\\\\").replace("\"", "\\\"") + "\");\n";
    }
}
