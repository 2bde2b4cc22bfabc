package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.mask.Box;

/**
 * One card of the 2.5D stack: straight (not premultiplied) RGBA pixels at plate size, packed 0xAARRGGBB,
 * where alpha 255 marks the layer's own pixels.
 *
 * @param name      the artist's name for the layer
 * @param argb      width × height straight-alpha pixels
 * @param bounds    bounding box of the non-transparent pixels, {@code null} when the layer is empty
 * @param depthHint relative depth: 0 = nearest; larger is farther (scene units come with the layer-stack issue)
 */
public record Layer(String name, int[] argb, Box bounds, double depthHint) {
}
