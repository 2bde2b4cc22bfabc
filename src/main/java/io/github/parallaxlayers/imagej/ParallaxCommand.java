package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.onnx.DeviceReport;

/**
 * The base of every menu command: a command is its declaration ({@link #declare}) and its work ({@link #execute});
 * this class owns the rest, in one order for all: declare the options, stop with one line when the image the
 * command works on is not open, read the options (macro, or dialog with a display), run the work, and turn any
 * failure into one clear message that aborts a running macro ({@link CommandRunner}).
 * <p>
 * ImageJ makes a new instance for every run, so a command keeps its {@link Option} handles in fields set by
 * {@link #declare}. {@link #declaration()} gives the declared options without running anything: the option
 * tables of docs/macros.md are generated from it.
 */
public abstract class ParallaxCommand implements PlugIn {
    private final String title;
    private final String needs;

    /**
     * @param title the menu title (as in plugins.config); it starts every message and recorded step
     * @param needs what must be open, named in the "no image is open" message ("plate", "mask", "layer stack"),
     *              or null for a command that works without an open image
     */
    protected ParallaxCommand(String title, String needs) {
        this.title = title;
        this.needs = needs;
    }

    /** Declares the command's options on {@code options}, in dialog and recording order. */
    protected abstract void declare(CommandOptions options);

    /** The command's work, once the options are read; {@code options.recorded()} is its step for provenance. */
    protected abstract void execute(CommandOptions options);

    public final String title() {
        return title;
    }

    @Override
    public final void run(String arg) {
        CommandRunner.run(title, () -> {
            CommandOptions options = declaration();
            if (needs != null) {
                Images.find("", needs);
            }
            if (options.read()) {
                execute(options);
            }
        });
    }

    /** The declared options, unread (defaults in place). */
    public final CommandOptions declaration() {
        CommandOptions options = new CommandOptions(title);
        declare(options);
        return options;
    }

    /** A progress bar and status line for this command. */
    protected final ImageJProgress progress() {
        return new ImageJProgress(title);
    }

    /** Logs the one line a model gives when it runs on the CPU though CUDA was asked for; nothing otherwise. */
    protected final void reportFallback(DeviceReport report) {
        if (report.fellBack()) {
            log(report.fallback());
        }
    }

    /** One line in ImageJ's log, prefixed with the command's title. */
    protected final void log(String message) {
        IJ.log(title + ": " + message);
    }
}
