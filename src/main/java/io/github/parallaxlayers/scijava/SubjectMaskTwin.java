package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.SubjectMaskCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Subject Mask: the main subject of a plate from the IS-Net network,
 * as a 0/255 mask or a soft alpha map. Its parameters are the macro keys of docs/macros.md, typed; it runs the
 * ImageJ 1.x command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Subject Mask", headless = true)
public class SubjectMaskTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus plate;

    @Parameter(choices = {"mask", "alpha"}, persist = false)
    private String output = "mask";

    @Parameter(persist = false)
    private double threshold = 0.5;

    @Parameter(persist = false)
    private boolean snap;

    @Parameter(persist = false)
    private int radius = 8;

    @Parameter(persist = false)
    private double eps = 0.001;

    @Parameter(required = false, persist = false)
    private String layer = "subject";

    @Parameter(required = false, persist = false)
    private String stack = "";

    @Parameter(choices = {"auto", "cpu", "cuda"}, persist = false)
    private String device = "auto";

    @Parameter(required = false, persist = false)
    private String model_file = "";

    @Parameter(choices = {"memory", "disk", "off"}, persist = false)
    private String cache = "memory";

    @Override
    protected ParallaxCommand command() {
        return new SubjectMaskCommand();
    }
}
