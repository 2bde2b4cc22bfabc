package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.EvaluateMaskCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Evaluate Mask: scores a mask against its ground truth (IoU,
 * boundary F-measure, ...) into the results table. Its parameters are the macro keys of docs/macros.md, typed; it
 * runs the ImageJ 1.x command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Evaluate Mask", headless = true)
public class EvaluateMaskTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus mask;

    @Parameter(required = false, persist = false)
    private ImagePlus truth;

    @Parameter(required = false, persist = false)
    private ImagePlus ignore;

    @Parameter(required = false, persist = false)
    private String masks = "";

    @Parameter(required = false, persist = false)
    private String truths = "";

    @Override
    protected ParallaxCommand command() {
        return new EvaluateMaskCommand();
    }
}
