package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.AutoLayersCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Auto Layers: a mask stack of depth planes from a plate and its
 * depth map. Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ 1.x command itself, so
 * results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Auto Layers", headless = true)
public class AutoLayersTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus plate;

    @Parameter(required = false, persist = false)
    private ImagePlus depth;

    @Parameter(choices = {"depth", "disparity"}, persist = false)
    private String kind = "disparity";

    @Parameter(persist = false)
    private boolean zero_unknown;

    @Parameter(persist = false)
    private int planes = 0;

    @Parameter(persist = false)
    private int max_planes = 5;

    @Parameter(persist = false)
    private double min_separation = 0.1;

    @Parameter(persist = false)
    private double min_area = 0.02;

    @Parameter(persist = false)
    private int region_size = 16;

    @Parameter(persist = false)
    private double compactness = 0.1;

    @Parameter(persist = false)
    private double depth_weight = 0.0;

    @Parameter(choices = {"superpixels", "sam", "subject"}, persist = false)
    private String regions = "superpixels";

    @Parameter(choices = {"classic", "geodesic", "hybrid", "subject", "mobile-sam", "sam-vit-b", "sam-vit-l", "sam-vit-h", "sam2-hiera-tiny"}, persist = false)
    private String backend = "mobile-sam";

    @Parameter(required = false, persist = false)
    private String model_file = "";

    @Parameter(choices = {"auto", "cpu", "cuda"}, persist = false)
    private String device = "auto";

    @Parameter(persist = false)
    private int points_per_side = 32;

    @Override
    protected ParallaxCommand command() {
        return new AutoLayersCommand();
    }
}
