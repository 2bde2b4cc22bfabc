package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import io.github.parallaxlayers.imagej.CommandOptions;
import io.github.parallaxlayers.imagej.Option;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.ItemIO;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.Field;

/**
 * The base of the SciJava twins: a {@code @Plugin(type = Command.class)} with one typed {@code @Parameter} per macro
 * key of an ImageJ 1.x command, named exactly as the key, and no menu path of its own (the menu entry is the
 * ImageJ 1.x command's). Running a twin runs that command itself with the parameters as its macro options, so
 * PyImageJ, Fiji's script languages and napari-imagej get the same work, the same result and the same one-line
 * messages as a macro: a failure cancels the module with the macro's line as the reason. The twins are generated at
 * build time from the commands' declared options ({@link TwinSources}); no parameter is written by hand.
 *
 * <p>Parameters map to options by name: an image parameter gives its title (an image not yet known to ImageJ is
 * registered first), an unset (null) or empty one leaves the option at its default ("the current image"), a
 * {@code boolean} is a flag, numbers and choices are written as a macro writes them. No parameter is persisted
 * ({@code persist = false}): a parameter left out takes the macro default, never a value from an earlier run.
 */
public abstract class TwinCommand extends ContextCommand {
    /** The image the command made, or the current image when it makes none (Export Layer Stack, in-place steps). */
    @Parameter(type = ItemIO.OUTPUT, required = false)
    private ImagePlus result;

    /** A new instance of the ImageJ 1.x command this twin runs. */
    protected abstract ParallaxCommand command();

    @Override
    public void run() {
        ParallaxCommand command = command();
        // SciJava runs modules on pooled threads, and ImageJ keeps a "current image" per thread: without this, a
        // twin would take an image an earlier twin made on the same thread (even a closed one) for the current one.
        WindowManager.setTempCurrentImage(null);
        try {
            String failure = command.runWithOptions(macroOptions(command));
            if (failure != null) {
                cancel(failure);
                return;
            }
            result = WindowManager.getCurrentImage();
        } finally {
            WindowManager.setTempCurrentImage(null);
        }
    }

    /** The image made by the last run (null before a run or after a failure). */
    public final ImagePlus result() {
        return result;
    }

    /** This twin's parameters as the command's macro options, in the command's declared order. */
    final String macroOptions(ParallaxCommand command) {
        StringBuilder options = new StringBuilder();
        for (Option<?> option : command.declaration().declared()) {
            String text = text(option.key(), parameter(option.key()));
            if (text == null) {
                continue;
            }
            if (options.length() > 0) {
                options.append(' ');
            }
            options.append(option.key());
            if (!text.isEmpty()) {
                options.append('=').append(text.matches("[A-Za-z0-9._+-]+") ? text : "[" + text + "]");
            }
        }
        return options.toString();
    }

    /** The option's text; "" for a flag that is on, null for an option left at its default. */
    private static String text(String key, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean on) {
            return on ? "" : null;
        }
        if (value instanceof Double number) {
            return CommandOptions.format(number);
        }
        if (value instanceof ImagePlus image) {
            return known(image).getTitle();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    /**
     * The image, made known to ImageJ's image list when it is not (an ImagePlus built by a script or converted by
     * PyImageJ), since the command finds its images by title as a macro does.
     */
    private static ImagePlus known(ImagePlus image) {
        if (WindowManager.getImage(image.getID()) == null) {
            if (GraphicsEnvironment.isHeadless()) {
                Interpreter.batchMode = true; // headless, ImageJ keeps images only in batch mode
            }
            image.show();
        }
        return image;
    }

    private Object parameter(String key) {
        for (Class<?> type = getClass(); type != TwinCommand.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(key);
                if (field.isAnnotationPresent(Parameter.class)) {
                    field.setAccessible(true);
                    return field.get(this);
                }
            } catch (NoSuchFieldException e) {
                // declared further up, or missing (reported below)
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(getClass().getSimpleName() + " has no @Parameter '" + key + "' for the macro "
                + "key of " + command().title() + " (a twin declares every key)");
    }
}
