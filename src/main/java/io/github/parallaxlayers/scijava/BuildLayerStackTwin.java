package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.BuildLayerStackCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Build Layer Stack: the RGBA layer stack from a plate, a mask stack
 * and a filled plate. Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ 1.x command
 * itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Build Layer Stack", headless = true)
public class BuildLayerStackTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus plate;

    @Parameter(required = false, persist = false)
    private ImagePlus masks;

    @Parameter(required = false, persist = false)
    private String layers = "";

    @Parameter(required = false, persist = false)
    private ImagePlus filled;

    @Parameter(required = false, persist = false)
    private String background = "";

    @Parameter(persist = false)
    private boolean per_layer;

    @Parameter(persist = false)
    private double overscan = 0.0;

    @Parameter(choices = {"patch", "telea", "lama", "migan"}, persist = false)
    private String backend = "patch";

    @Parameter(choices = {"auto", "cpu", "cuda"}, persist = false)
    private String device = "auto";

    @Parameter(choices = {"crop", "resize", "original"}, persist = false)
    private String strategy = "crop";

    @Parameter(required = false, persist = false)
    private String model_file = "";

    @Parameter(choices = {"hard", "feather", "matte"}, persist = false)
    private String edge = "hard";

    @Parameter(persist = false)
    private double width = 4.0;

    @Parameter(persist = false)
    private boolean decontaminate;

    @Override
    protected ParallaxCommand command() {
        return new BuildLayerStackCommand();
    }
}
