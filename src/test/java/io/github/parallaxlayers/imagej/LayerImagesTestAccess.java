package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.LayerStack;

/** Reads layers from a reopened hyperstack, which carries no filled plate: one is attached for the reading. */
final class LayerImagesTestAccess {
    private LayerImagesTestAccess() {
    }

    static LayerStack layersOf(ImagePlus hyperstack) {
        hyperstack.setProperty(LayerImages.FILLED_PROPERTY,
                Plate.rgb(hyperstack.getWidth(), hyperstack.getHeight(), new int[hyperstack.getWidth() * hyperstack.getHeight()]));
        return LayerImages.fromImage(hyperstack);
    }
}
