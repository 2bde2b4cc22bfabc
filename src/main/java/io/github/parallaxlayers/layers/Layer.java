package io.github.parallaxlayers.layers;

import java.util.List;

import io.github.parallaxlayers.mask.Box;

/**
 * One card of the 2.5D stack: straight (not premultiplied) RGBA pixels at plate size, packed 0xAARRGGBB,
 * where alpha 255 marks the layer's own pixels.
 *
 * @param name      the artist's name for the layer
 * @param argb      width × height straight-alpha pixels, 8 bits per channel (what previews and 8-bit exports show)
 * @param bounds    bounding box of the non-transparent pixels, {@code null} when the layer is empty
 * @param depthHint distance of the card from the camera in scene units; Build Layer Stack numbers them 1, 2, 3 … front to back
 * @param history   the commands, with their options, that made this layer's mask, oldest first (provenance)
 * @param rgb16     for a stack built from a 16- or 32-bit plate, the colour at full precision: red, green and blue
 *                  16-bit codes (see {@link SampleCoding}), width × height each, meaningful where alpha is above 0;
 *                  grey plates share one array for all three. {@code null} for 8-bit stacks.
 */
public record Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history, short[][] rgb16) {

    public Layer {
        history = List.copyOf(history);
        if (rgb16 != null && (rgb16.length != 3 || rgb16[0].length != argb.length || rgb16[1].length != argb.length
                || rgb16[2].length != argb.length)) {
            throw new IllegalArgumentException("rgb16 must hold three planes of " + argb.length + " samples");
        }
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history) {
        this(name, argb, bounds, depthHint, history, null);
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint) {
        this(name, argb, bounds, depthHint, List.of(), null);
    }

    /** The same layer under another name and at another depth; the pixels are shared. */
    public Layer with(String newName, double newDepth) {
        return new Layer(newName, argb, bounds, newDepth, history, rgb16);
    }

    public boolean sixteenBit() {
        return rgb16 != null;
    }
}
