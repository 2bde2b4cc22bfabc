package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
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
public class SubjectMaskCommand extends PlateCommand {
    static final String TITLE = "Subject Mask";
    private static final SubjectSettings D = SubjectSettings.DEFAULTS;
    private final Option<SubjectOutput> output = choice("output", SubjectOutput.class, SubjectOutput.MASK);
    private final Option<Double> threshold = number("threshold", D.threshold(), 0.001, 0.999);
    private final Option<Boolean> snap = flag("snap");
    private final Option<Integer> radius = integer("radius", D.radius(), 1, 500);
    private final Option<Double> eps = number("eps", D.eps(), 1e-8, 10);
    private final Option<String> layer = text("layer", "subject");
    private final Option<String> stack = text("stack", "");
    private final Option<Device> device = choice("device", Device.class, Device.AUTO);
    private final Option<String> modelFile = text("model_file", "");
    private final Option<CacheMode> cache = choice("cache", CacheMode.class, CacheMode.MEMORY);

    public SubjectMaskCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        SubjectSettings settings = new SubjectSettings(threshold.get(), snap.get(), radius.get(), eps.get());

        ImageJProgress progress = progress();
        SubjectNetwork network = SubjectModels.open(modelFile.get(), device.get(), cache.get());
        reportFallback(network.model());
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
