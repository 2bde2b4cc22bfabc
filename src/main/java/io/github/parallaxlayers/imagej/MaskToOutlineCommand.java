package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;

import java.util.List;

/**
 * Plugins › Parallax Layers › Mask to Outline: every slice's outline as one polygon selection (holes included,
 * simplified within {@code tolerance} px) added to the ROI Manager under the layer's name. Headless, where the
 * ROI Manager cannot exist, they go to the mask's overlay and the last becomes its selection.
 */
public class MaskToOutlineCommand extends ImageCommand {
    static final String TITLE = "Mask to Outline";
    private final Option<Double> tolerance = number("tolerance", 1, 0, 1000);

    public MaskToOutlineCommand() {
        super(TITLE, "mask", "mask");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus source) {
        OutlineSink sink = new OutlineSink(source);
        List<String> names = Images.layerNames(source);
        boolean anything = false;
        for (int s = 1; s <= source.getStackSize() && !anything; s++) {
            anything = !Images.mask(source, s).isEmpty();
        }
        if (!anything) {
            // Nothing to outline: "added 0 outline(s)" with exit code 0 let a batch go on without its outlines.
            throw new io.github.parallaxlayers.core.InvalidInputException("'" + source.getTitle() + "' is empty ("
                    + (source.getStackSize() > 1 ? "all " + source.getStackSize() + " layers are" : "no pixel is")
                    + " 255): there is no outline to draw; check that the mask was made on this plate.");
        }
        for (int s = 1; s <= source.getStackSize(); s++) {
            if (!sink.add(Images.mask(source, s), tolerance.get(), names.get(s - 1),
                    source.getStackSize() > 1 ? s : 0)) {
                IJ.log(TITLE + ": layer '" + names.get(s - 1) + "' is empty; no outline added.");
            }
        }
        log(sink.finish());
    }
}
