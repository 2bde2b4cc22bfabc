package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.process.FloatProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthNetwork;
import io.github.parallaxlayers.depth.DepthNetworks;
import io.github.parallaxlayers.onnx.Device;

/**
 * Plugins › Parallax Layers › Estimate Depth: a monocular depth network (Depth Anything V2 Small by default) on
 * the plate → a 32-bit relative inverse-depth image {@code <plate>-depth} at plate size (larger = nearer).
 */
public class EstimateDepthCommand extends ParallaxCommand {
    static final String TITLE = "Estimate Depth";
    private Option<String> plateTitle;
    private Option<String> model;
    private Option<Device> device;
    private Option<String> modelFile;

    public EstimateDepthCommand() {
        super(TITLE, "plate");
    }

    @Override
    protected void declare(CommandOptions options) {
        plateTitle = options.image("plate", "");
        model = options.text("model", DepthNetworks.DEFAULT_MODEL);
        device = options.choice("device", Device.class, Device.AUTO);
        modelFile = options.text("model_file", "");
    }

    @Override
    protected void execute(CommandOptions options) {
        ImagePlus image = Images.find(plateTitle.get(), "plate");
        Plate plate = Images.plate(image);
        DepthNetwork network = DepthNetworks.open(model.get(), modelFile.get(), device.get());
        if (network.model().fellBack()) {
            log(network.model().fallback());
        }
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
