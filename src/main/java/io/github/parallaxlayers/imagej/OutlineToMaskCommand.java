package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Plugins › Parallax Layers › Outline to Mask: the image's area selection (drawn, or from Mask to Outline and
 * the ROI Manager) as a new 8-bit mask {@code <image>-<layer>} of the image's size.
 */
public class OutlineToMaskCommand implements PlugIn {
    static final String TITLE = "Outline to Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> imageTitle = options.image("image", "");
        Option<String> layer = options.text("layer", "outline");
        Images.find("", "image");
        if (!options.read()) {
            return;
        }
        ImagePlus image = Images.find(imageTitle.get(), "image");
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
