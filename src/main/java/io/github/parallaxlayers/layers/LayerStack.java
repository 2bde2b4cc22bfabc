package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;

import java.util.List;

/**
 * Depth-ordered layers, front (index 0) to back, all at plate size, plus the plate with everything the
 * foreground hides filled in.
 *
 * @param sourceName the plate's file or image name, for provenance
 * @param filled     the plate filled under the foreground layers (or the plate itself when nothing was filled)
 */
public record LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled) {

    public LayerStack {
        layers = List.copyOf(layers);
    }
}
