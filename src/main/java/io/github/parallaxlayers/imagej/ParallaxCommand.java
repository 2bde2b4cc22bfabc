package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.Macro;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.onnx.DeviceReport;

/**
 * The base of every menu command: a command is its declaration and its work, nothing else. It declares its options
 * as fields ({@code private final Option<Double> width = number("width", 4, 0.5, 1000);}, or an option group such
 * as {@link ImageInput}, {@link FillOptions}), in dialog and recording order, and does its work in
 * {@link #execute}. This class owns the rest, in one order for all: stop with one line when the image the command
 * works on is not open, read the options (macro options, or a dialog with a display), run the work, and turn any
 * failure into one clear message that aborts a running macro ({@link CommandRunner}).
 * <p>
 * ImageJ makes a new instance for every run, so the fields are fresh each time. {@link #declaration()} gives the
 * declared options of a new instance without running anything: the option tables of docs/macros.md are generated
 * from it.
 */
public abstract class ParallaxCommand implements PlugIn {
    private final String title;
    private final String needs;
    private final CommandOptions options;

    /**
     * @param title the menu title (as in plugins.config); it starts every message and recorded step
     * @param needs what must be open, named in the "no image is open" message ("plate", "mask", "layer stack"),
     *              or null for a command that works without an open image
     */
    protected ParallaxCommand(String title, String needs) {
        this.title = title;
        this.needs = needs;
        this.options = new CommandOptions(title);
    }

    /** The command's work, once the options are read; {@code options.recorded()} is its step for provenance. */
    protected abstract void execute(CommandOptions options);

    public final String title() {
        return title;
    }

    @Override
    public final void run(String arg) {
        CommandRunner.run(title, () -> {
            if (needs != null) {
                Images.find("", needs);
            }
            if (options.read()) {
                execute(options);
            }
        });
    }

    /**
     * Runs this command with macro options on the calling thread, exactly as {@code run("Title", "options")} in a
     * macro would (the options are read from ImageJ's per-thread macro options, so the thread is named as ImageJ
     * names macro threads while it runs). The SciJava twins call it. Returns null on success, else the one failure
     * line a macro would print ({@code "Title: what is wrong"}).
     */
    public final String runWithOptions(String macroOptions) {
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        boolean rename = !name.startsWith("Run$_");
        if (rename) {
            thread.setName("Run$_" + name);
        }
        // ImageJ drops empty options (and would then show a dialog with a display): one space means "all defaults".
        Macro.setOptions(thread, macroOptions == null || macroOptions.isBlank() ? " " : macroOptions);
        CommandRunner.takeThreadFailure();
        try {
            run("");
        } finally {
            Macro.setOptions(thread, null);
            if (rename) {
                thread.setName(name);
            }
        }
        return CommandRunner.takeThreadFailure();
    }

    /** The declared options (unread: their defaults, on a new instance). */
    public final CommandOptions declaration() {
        return options;
    }

    /** Where option groups declare their options. */
    protected final CommandOptions options() {
        return options;
    }

    protected final Option<String> text(String key, String defaultValue) {
        return options.text(key, defaultValue);
    }

    protected final Option<String> image(String key, String defaultValue) {
        return options.image(key, defaultValue);
    }

    protected final Option<Integer> integer(String key, int defaultValue, int min, int max) {
        return options.integer(key, defaultValue, min, max);
    }

    protected final Option<Double> number(String key, double defaultValue, double min, double max) {
        return options.number(key, defaultValue, min, max);
    }

    protected final Option<Boolean> flag(String key) {
        return options.flag(key);
    }

    protected final <E extends Enum<E> & Labeled> Option<E> choice(String key, Class<E> type, E defaultValue) {
        return options.choice(key, type, defaultValue);
    }

    /** {@code option}, moved to just after {@code anchor}: for an option whose place is inside a group's. */
    protected final <T> Option<T> placeAfter(Option<?> anchor, Option<T> option) {
        options.placeAfter(anchor, option);
        return option;
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
