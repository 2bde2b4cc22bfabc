package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.FillMaskedAreaCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Fill Masked Area: the plate with the masked area filled
 * (PatchMatch, Telea, LaMa, MI-GAN). Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ
 * 1.x command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Fill Masked Area", headless = true)
public class FillMaskedAreaTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus plate;

    @Parameter(required = false, persist = false)
    private ImagePlus mask;

    @Parameter(required = false, persist = false)
    private String layers = "";

    @Parameter(choices = {"patch", "telea", "lama", "migan"}, persist = false)
    private String backend = "patch";

    @Parameter(persist = false)
    private int dilate = 3;

    @Parameter(choices = {"auto", "cpu", "cuda"}, persist = false)
    private String device = "auto";

    @Parameter(choices = {"crop", "resize", "original"}, persist = false)
    private String strategy = "crop";

    @Parameter(required = false, persist = false)
    private String model_file = "";

    @Override
    protected ParallaxCommand command() {
        return new FillMaskedAreaCommand();
    }
}
