package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthNetwork;
import io.github.parallaxlayers.depth.DepthNetworks;

/**
 * Plugins › Parallax Layers › Estimate Depth: a monocular depth network (Depth Anything V2 Small by default) on
 * the plate → a 32-bit relative inverse-depth image {@code <plate>-depth} at plate size (larger = nearer).
 */
public class EstimateDepthCommand extends PlateCommand {
    static final String TITLE = "Estimate Depth";
    private final NetworkOptions network = NetworkOptions.withModel(options(), DepthNetworks.DEFAULT_MODEL);

    public EstimateDepthCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        DepthNetwork network = this.network.depthNetwork();
        reportFallback(network.model());
        DepthMap depth = network.estimate(plate, progress());
        ImagePlus out = new ImagePlus(image.getShortTitle() + "-depth",
                new FloatProcessor(plate.width(), plate.height(), depth.values()));
        out.setCalibration(image.getCalibration());
        out.getProcessor().resetMinAndMax();
        out.show();
        IJ.showProgress(1.0);
        IJ.log(TITLE + ": relative inverse depth of '" + image.getTitle() + "' (larger = nearer), "
                + network.model().device().label());
    }
}
