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
    @Parameter(required = false)
    private ImagePlus plate;

    @Parameter(required = false)
    private ImagePlus depth;

    @Parameter(choices = {"depth", "disparity"})
    private String kind = "disparity";

    @Parameter
    private boolean zero_unknown;

    @Parameter
    private int planes = 0;

    @Parameter
    private int max_planes = 5;

    @Parameter
    private double min_separation = 0.1;

    @Parameter
    private double min_area = 0.02;

    @Parameter
    private int region_size = 16;

    @Parameter
    private double compactness = 0.1;

    @Parameter
    private double depth_weight = 0.0;

    @Parameter(choices = {"superpixels", "sam", "subject"})
    private String regions = "superpixels";

    @Parameter(choices = {"classic", "geodesic", "hybrid", "subject", "mobile-sam", "sam-vit-b", "sam-vit-l", "sam-vit-h", "sam2-hiera-tiny"})
    private String backend = "mobile-sam";

    @Parameter(required = false)
    private String model_file = "";

    @Parameter(choices = {"auto", "cpu", "cuda"})
    private String device = "auto";

    @Parameter
    private int points_per_side = 32;

    @Override
    protected ParallaxCommand command() {
        return new AutoLayersCommand();
    }
}
