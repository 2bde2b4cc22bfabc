package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.plugin.PlugIn;

import java.awt.GraphicsEnvironment;

/**
 * Plugins › Parallax Layers › Layers › Layer Manager: opens (or brings to the front) the Layer Manager of the
 * current plate, a non-modal window like ImageJ's ROI Manager. A mask or layer stack made from a plate selects
 * that plate's manager.
 */
public class LayerManagerCommand implements PlugIn {
    static final String TITLE = "Layer Manager";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, () -> {
            if (GraphicsEnvironment.isHeadless()) {
                throw new io.github.parallaxlayers.core.InvalidInputException("The Layer Manager is a window and "
                        + "needs a display; in a macro, run the commands it runs (they are in docs/macros.md).");
            }
            ImagePlus plate = Images.find("", "plate");
            LayerManagerWindow.open(LayerManagerWindow.plateOf(plate));
        });
    }
}
