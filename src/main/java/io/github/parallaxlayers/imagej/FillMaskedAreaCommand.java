package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.MaskAlgebra;
import io.github.parallaxlayers.refine.MaskOperation;
import io.github.parallaxlayers.refine.MaskRefinement;

/**
 * Plugins › Parallax Layers › Fill Masked Area: fills the plate where the mask is white (all slices of a mask
 * stack together, grown by {@code dilate} px first), into a new image {@code <plate>-filled}. The learned
 * backends ({@code lama}, {@code migan}) also take {@code device=} and {@code strategy=[crop|resize|original]}.
 */
public class FillMaskedAreaCommand extends PlateCommand {
    static final String TITLE = "Fill Masked Area";
    private final ImageInput maskInput = ImageInput.required(options(), "mask", "mask");
    private final Option<String> layers = text(LayerSelection.KEY, "");
    private final FillOptions fill = FillOptions.declare(options());
    private final Option<Integer> dilate = placeAfter(fill.backend(), integer("dilate", 3, 0, 500));

    public FillMaskedAreaCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus plateImage, Plate plate) {
        ImagePlus maskImage = maskInput.findBeside(plateImage,
                "Give the mask to fill with mask=[title] (white = fill).");
        boolean[] chosen = LayerSelection.of(maskImage, layers.get(), TITLE);
        java.util.List<Mask> masks = new java.util.ArrayList<>();
        java.util.List<Mask> all = Images.masks(maskImage);
        for (int i = 0; i < all.size(); i++) {
            if (chosen[i]) {
                masks.add(all.get(i));
            }
        }
        Mask hole = MaskAlgebra.reduce(masks, MaskOperation.UNION);
        String title = plateImage.getShortTitle() + "-filled";
        Plate filled;
        if (hole.isEmpty()) {
            IJ.log(TITLE + ": the mask '" + maskImage.getTitle() + "' is empty; '" + title
                    + "' is an unchanged copy of the plate.");
            filled = plate.copy();
        } else {
            hole = MaskRefinement.grow(hole, dilate.get());
            Inpainter inpainter = fill.inpainter();
            reportFallback(inpainter);
            filled = inpainter.fill(plate, hole, progress());
        }
        ImagePlus result = Images.toImage(title, filled);
        result.setCalibration(plateImage.getCalibration());
        result.setProp(LayerImages.HISTORY_PROPERTY, options.recorded());
        result.show();
        IJ.showProgress(1.0);
    }
}
