package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.fill.learned.HighResStrategy;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.MaskAlgebra;
import io.github.parallaxlayers.refine.MaskOperation;
import io.github.parallaxlayers.refine.MaskRefinement;

/**
 * Plugins › Parallax Layers › Fill Masked Area: fills the plate where the mask is white (all slices of a mask
 * stack together, grown by {@code dilate} px first), into a new image {@code <plate>-filled}. The learned
 * backends ({@code lama}, {@code migan}) also take {@code device=} and {@code strategy=[crop|resize|original]}.
 */
public class FillMaskedAreaCommand extends ParallaxCommand {
    static final String TITLE = "Fill Masked Area";
    private Option<String> plateTitle;
    private Option<String> maskTitle;
    private Option<FillBackend> backend;
    private Option<Integer> dilate;
    private Option<Device> device;
    private Option<HighResStrategy> strategy;
    private Option<String> modelFile;

    public FillMaskedAreaCommand() {
        super(TITLE, "plate");
    }

    @Override
    protected void declare(CommandOptions options) {
        plateTitle = options.image("plate", "");
        maskTitle = options.image("mask", "");
        backend = options.choice("backend", FillBackend.class, FillBackend.PATCH);
        dilate = options.integer("dilate", 3, 0, 500);
        device = options.choice("device", Device.class, Device.AUTO);
        strategy = options.choice("strategy", HighResStrategy.class, HighResStrategy.CROP);
        modelFile = options.text("model_file", "");
    }

    @Override
    protected void execute(CommandOptions options) {
        ImagePlus plateImage = Images.find(plateTitle.get(), "plate");
        if (maskTitle.get().isBlank()) {
            throw new io.github.parallaxlayers.core.InvalidInputException("Give the mask to fill with mask=[title] "
                    + "(white = fill).");
        }
        ImagePlus maskImage = Images.find(maskTitle.get(), "mask");
        if (maskImage == plateImage) {
            throw new io.github.parallaxlayers.core.InvalidInputException("The mask and the plate are the same "
                    + "image '" + plateImage.getTitle() + "': choose the mask with mask=[title].");
        }
        Images.requireSameSize(plateImage, maskImage, "mask");
        Plate plate = Images.plate(plateImage);
        Mask hole = MaskAlgebra.reduce(Images.masks(maskImage), MaskOperation.UNION);
        String title = plateImage.getShortTitle() + "-filled";
        Plate filled;
        if (hole.isEmpty()) {
            IJ.log(TITLE + ": the mask '" + maskImage.getTitle() + "' is empty; '" + title
                    + "' is an unchanged copy of the plate.");
            filled = plate.copy();
        } else {
            hole = MaskRefinement.grow(hole, dilate.get());
            filled = backend.get().create(modelFile.get(), device.get(), strategy.get())
                    .fill(plate, hole, progress());
        }
        ImagePlus result = Images.toImage(title, filled);
        result.setCalibration(plateImage.getCalibration());
        result.setProp(LayerImages.HISTORY_PROPERTY, options.recorded());
        result.show();
        IJ.showProgress(1.0);
    }
}
