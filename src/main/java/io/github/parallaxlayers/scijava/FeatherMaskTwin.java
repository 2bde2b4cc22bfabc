package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.FeatherMaskCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Feather Mask: a soft 8-bit alpha edge of a given width, optionally
 * snapped to the plate's edges. Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ 1.x
 * command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Feather Mask", headless = true)
public class FeatherMaskTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus mask;

    @Parameter(required = false, persist = false)
    private String layers = "";

    @Parameter(persist = false)
    private double width = 4.0;

    @Parameter(choices = {"inside", "centred", "outside"}, persist = false)
    private String mode = "centred";

    @Parameter(persist = false)
    private boolean edge;

    @Parameter(required = false, persist = false)
    private ImagePlus guide;

    @Parameter(persist = false)
    private int radius = 8;

    @Parameter(persist = false)
    private double eps = 0.001;

    @Parameter(persist = false)
    private boolean decontaminate;

    @Override
    protected ParallaxCommand command() {
        return new FeatherMaskCommand();
    }
}
