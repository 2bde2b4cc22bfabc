package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Plugins › Parallax Layers › Outline to Mask: the image's area selection (drawn, or from Mask to Outline and
 * the ROI Manager) as a new 8-bit mask {@code <image>-<layer>} of the image's size.
 */
public class OutlineToMaskCommand extends ImageCommand {
    static final String TITLE = "Outline to Mask";
    private final Option<String> layer = text("layer", "outline");

    public OutlineToMaskCommand() {
        super(TITLE, "image", "image");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image) {
        if (layer.get().isBlank()) {
            throw new InvalidInputException("The layer name is empty: give layer=[name].");
        }
        Roi roi = image.getRoi();
        if (roi == null || !roi.isArea()) {
            throw new InvalidInputException("'" + image.getTitle() + "' has no area selection: draw one, or select "
                    + "an outline in the ROI Manager, then run Outline to Mask.");
        }
        ByteProcessor mask = new ByteProcessor(image.getWidth(), image.getHeight());
        mask.setColor(255);
        mask.fill(roi);
        ImagePlus result = new ImagePlus(image.getShortTitle() + "-" + layer.get(), mask);
        result.getStack().setSliceLabel(layer.get(), 1);
        result.setCalibration(image.getCalibration());
        result.show();
    }
}
