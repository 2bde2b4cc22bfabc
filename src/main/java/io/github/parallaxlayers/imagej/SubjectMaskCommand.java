package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.subject.SubjectMatte;
import io.github.parallaxlayers.segment.subject.SubjectModels;
import io.github.parallaxlayers.segment.subject.SubjectNetwork;
import io.github.parallaxlayers.segment.subject.SubjectOutput;
import io.github.parallaxlayers.segment.subject.SubjectSettings;

import java.util.Locale;

/**
 * Plugins › Parallax Layers › Subject Mask: the main subject of the plate from the IS-Net network, at the plate's
 * full resolution, as a 0/255 mask (a layer, like Point Mask's) or a soft 8-bit alpha; {@code snap} fits the
 * network's edge to the plate's with the guided filter. The network runs once per plate (cached).
 */
public class SubjectMaskCommand implements PlugIn {
    static final String TITLE = "Subject Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        SubjectSettings d = SubjectSettings.DEFAULTS;
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> plateTitle = options.image("plate", "");
        Option<SubjectOutput> output = options.choice("output", SubjectOutput.class, SubjectOutput.MASK);
        Option<Double> threshold = options.number("threshold", d.threshold(), 0.001, 0.999);
        Option<Boolean> snap = options.flag("snap");
        Option<Integer> radius = options.integer("radius", d.radius(), 1, 500);
        Option<Double> eps = options.number("eps", d.eps(), 1e-8, 10);
        Option<String> layer = options.text("layer", "subject");
        Option<String> stack = options.text("stack", "");
        Option<Device> device = options.choice("device", Device.class, Device.AUTO);
        Option<String> modelFile = options.text("model_file", "");
        Option<CacheMode> cache = options.choice("cache", CacheMode.class, CacheMode.MEMORY);
        Images.find("", "plate");
        if (!options.read()) {
            return;
        }
        ImagePlus image = Images.find(plateTitle.get(), "plate");
        Plate plate = Images.plate(image);
        SubjectSettings settings = new SubjectSettings(threshold.get(), snap.get(), radius.get(), eps.get());

        ImageJProgress progress = new ImageJProgress(TITLE);
        SubjectNetwork network = SubjectModels.open(modelFile.get(), device.get(), cache.get());
        if (network.model().fellBack()) {
            IJ.log(TITLE + ": " + network.model().fallback());
        }
        SubjectMatte matte = SubjectMatte.of(network, plate, settings, progress);
        IJ.showProgress(1.0);
        String step = options.recorded() + " model_sha256=" + network.model().sha256() + " device_used="
                + network.model().device().label();
        String runsOn = ", " + network.model().device().label();
        if (output.get() == SubjectOutput.ALPHA) {
            ImagePlus out = new ImagePlus(image.getShortTitle() + "-" + layer.get() + "-alpha",
                    new ByteProcessor(plate.width(), plate.height(), matte.alpha8()));
            out.setCalibration(image.getCalibration());
            out.getStack().setSliceLabel(Images.layerLabel(layer.get(), java.util.List.of(step)), 1);
            out.show();
            IJ.log(TITLE + ": soft alpha of the subject of '" + image.getTitle() + "'" + runsOn);
            return;
        }
        Mask mask = matte.mask(settings.threshold());
        MaskStacks.addOrShow(image, mask, layer.get(), stack.get(), step);
        IJ.log(TITLE + ": layer '" + layer.get() + "' on '" + image.getTitle() + "', " + mask.count() + " px ("
                + String.format(Locale.ROOT, "%.1f", 100.0 * mask.count() / plate.size()) + " %), threshold "
                + settings.threshold() + (settings.snap() ? ", snapped" : "") + runsOn);
    }
}
