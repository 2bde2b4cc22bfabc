package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;

import java.util.List;

/**
 * Plugins › Parallax Layers › Mask to Outline: every slice's outline as one polygon selection (holes included,
 * simplified within {@code tolerance} px) added to the ROI Manager under the layer's name. Headless, where the
 * ROI Manager cannot exist, they go to the mask's overlay and the last becomes its selection.
 */
public class MaskToOutlineCommand implements PlugIn {
    static final String TITLE = "Mask to Outline";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> maskTitle = options.image("mask", "");
        Option<Double> tolerance = options.number("tolerance", 1, 0, 1000);
        Images.find("", "mask");
        if (!options.read()) {
            return;
        }
        ImagePlus source = Images.find(maskTitle.get(), "mask");
        OutlineSink sink = new OutlineSink(source);
        List<String> names = Images.layerNames(source);
        for (int s = 1; s <= source.getStackSize(); s++) {
            if (!sink.add(Images.mask(source, s), tolerance.get(), names.get(s - 1),
                    source.getStackSize() > 1 ? s : 0)) {
                IJ.log(TITLE + ": layer '" + names.get(s - 1) + "' is empty; no outline added.");
            }
        }
        IJ.log(TITLE + ": " + sink.finish());
    }
}
