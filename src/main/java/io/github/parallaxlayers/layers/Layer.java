package io.github.parallaxlayers.layers;

import java.util.List;

import io.github.parallaxlayers.mask.Box;

/**
 * One card of the 2.5D stack: straight (not premultiplied) RGBA pixels at plate size, packed 0xAARRGGBB,
 * where alpha 255 marks the layer's own pixels.
 *
 * @param name      the artist's name for the layer
 * @param argb      width × height straight-alpha pixels
 * @param bounds    bounding box of the non-transparent pixels, {@code null} when the layer is empty
 * @param history   the commands, with their options, that made this layer's mask, oldest first (provenance)
 * @param depthHint distance of the card from the camera in scene units; Build Layer Stack numbers them 1, 2, 3 … front to back
 */
public record Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history) {

    public Layer {
        history = List.copyOf(history);
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint) {
        this(name, argb, bounds, depthHint, List.of());
    }
}
