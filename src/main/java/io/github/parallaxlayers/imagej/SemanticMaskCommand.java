package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.semantic.DeepLabV3;
import io.github.parallaxlayers.segment.semantic.LabelImage;
import io.github.parallaxlayers.segment.semantic.SemanticOutput;
import io.github.parallaxlayers.segment.semantic.VocClasses;

/**
 * Plugins › Parallax Layers › Semantic Mask: the DeepLabV3 (PASCAL VOC) network's classes on the plate, as the
 * 0/255 mask of the chosen classes or as a label image (value = class index).
 */
public class SemanticMaskCommand extends PlateCommand {
    static final String TITLE = "Semantic Mask";
    private final Option<String> classes = text("classes", "person");
    private final Option<SemanticOutput> output = choice("output", SemanticOutput.class, SemanticOutput.MASK);
    private final NetworkOptions network = NetworkOptions.withoutModel(options());

    public SemanticMaskCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        boolean[] selected = VocClasses.parse(classes.get(), "classes");
        boolean labelImage = output.get() == SemanticOutput.LABELS || classes.get().isBlank();

        ImageJProgress progress = progress();
        DeepLabV3 network = this.network.semanticNetwork();
        reportFallback(network.model());
        LabelImage labels = network.labels(plate, progress);
        IJ.showProgress(1.0);
        String runsOn = ", " + network.model().device().label();
        if (labelImage) {
            ImagePlus out = new ImagePlus(image.getShortTitle() + "-labels",
                    new ByteProcessor(plate.width(), plate.height(), labels.labels()));
            out.setCalibration(image.getCalibration());
            out.getProcessor().setMinAndMax(0, VocClasses.COUNT - 1);
            out.show();
            IJ.log(TITLE + ": label image of '" + image.getTitle() + "' (0 background ... 20 tvmonitor)" + runsOn);
            return;
        }
        Mask mask = labels.mask(selected);
        String layer = classes.get().replace(" ", "").replace(',', '+');
        MaskStacks.addOrShow(image, mask, layer, "", options.recorded() + " model_sha256="
                + network.model().sha256() + " device_used=" + network.model().device().label());
        log(classes.get() + " on '" + image.getTitle() + "', " + mask.count() + " px" + runsOn);
    }
}
