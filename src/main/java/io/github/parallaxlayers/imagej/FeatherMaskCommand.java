package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.PlugIn;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.EdgeAwareFeather;
import io.github.parallaxlayers.refine.Feather;
import io.github.parallaxlayers.refine.FeatherMode;

/**
 * Plugins › Parallax Layers › Feather Mask: a soft 8-bit alpha edge (0–255) of a given width from the signed
 * distance to the mask border; with {@code edge} the soft edge is snapped to the plate's own edges by a guided
 * filter. Every slice of a mask stack; the result is {@code <mask>-feathered}.
 */
public class FeatherMaskCommand implements PlugIn {
    static final String TITLE = "Feather Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> maskTitle = options.image("mask", "");
        Option<Double> width = options.number("width", 4, 0.5, 1000);
        Option<FeatherMode> mode = options.choice("mode", FeatherMode.class, FeatherMode.CENTRED);
        Option<Boolean> edge = options.flag("edge");
        Option<String> guideTitle = options.text("guide", "");
        Option<Integer> radius = options.integer("radius", 8, 1, 500);
        Option<Double> eps = options.number("eps", 1e-3, 1e-8, 10);
        Images.find("", "mask");
        // The preview is the plain ramp (the edge-snapped one needs the guide and takes longer).
        options.preview(new PreviewOverlay(() -> Images.find(maskTitle.get(), "mask"),
                image -> Feather.alpha(Images.mask(image, image.getCurrentSlice()), width.get(), mode.get())));
        if (!options.read()) {
            return;
        }
        ImagePlus source = Images.find(maskTitle.get(), "mask");
        Plate guide = null;
        if (edge.get()) {
            if (guideTitle.get().isBlank()) {
                throw new InvalidInputException("edge needs the plate as guide: add guide=[plate title].");
            }
            ImagePlus plateImage = Images.find(guideTitle.get(), "guide plate");
            Images.requireSameSize(plateImage, source, "mask");
            guide = Images.plate(plateImage);
        }
        ImageStack out = new ImageStack(source.getWidth(), source.getHeight());
        ImageJProgress progress = new ImageJProgress(TITLE);
        int slices = source.getStackSize();
        for (int s = 1; s <= slices; s++) {
            progress.checkCancelled();
            Mask mask = Images.mask(source, s);
            byte[] alpha = guide == null ? Feather.alpha(mask, width.get(), mode.get())
                    : EdgeAwareFeather.alpha(mask, guide, width.get(), mode.get(), radius.get(), eps.get());
            out.addSlice(Images.withStep(source.getStack(), s, options.recorded()),
                    new ByteProcessor(source.getWidth(), source.getHeight(), alpha));
            progress.progress(s / (double) slices, "slice " + s);
        }
        ImagePlus result = new ImagePlus(source.getShortTitle() + "-feathered", out);
        result.setCalibration(source.getCalibration());
        result.show();
        IJ.showProgress(1.0);
    }
}
