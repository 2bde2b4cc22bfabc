package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.PointMaskCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Point Mask: a mask from positive and negative points, a box or
 * both (classic graph cut, geodesic, hybrid, SAM); the result is {@code <plate>-<layer>} or a new slice of {@code
 * stack}. Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ 1.x command itself, so
 * results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Point Mask", headless = true)
public class PointMaskTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus plate;

    @Parameter(required = false, persist = false)
    private String points = "";

    @Parameter(required = false, persist = false)
    private String negative = "";

    @Parameter(required = false, persist = false)
    private String box = "";

    @Parameter(choices = {"classic", "geodesic", "hybrid", "subject", "mobile-sam", "sam-vit-b", "sam-vit-l", "sam-vit-h", "sam2-hiera-tiny"}, persist = false)
    private String backend = "classic";

    @Parameter(required = false, persist = false)
    private String model_file = "";

    @Parameter(choices = {"auto", "cpu", "cuda"}, persist = false)
    private String device = "auto";

    @Parameter(choices = {"best", "all", "largest", "smallest"}, persist = false)
    private String multimask = "best";

    @Parameter(choices = {"memory", "disk", "off"}, persist = false)
    private String cache = "memory";

    @Parameter(persist = false)
    private boolean crop_to_prompts;

    @Parameter(required = false, persist = false)
    private String layer = "object";

    @Parameter(required = false, persist = false)
    private String stack = "";

    @Parameter(persist = false)
    private boolean outline;

    @Override
    protected ParallaxCommand command() {
        return new PointMaskCommand();
    }
}
