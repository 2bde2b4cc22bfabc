package io.github.parallaxlayers.layers;

import java.util.List;

import io.github.parallaxlayers.geometry.CardPlane;
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
 * @param card      the plane the layer lies on in the reference camera's frame (Set Card Kind: ground, wall, sky),
 *                  or {@code null} for the card facing the camera at {@code depthHint} (every stack before card
 *                  kinds, and the default)
 */
public record Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history, short[][] rgb16,
                    CardPlane card) {

    public Layer {
        history = List.copyOf(history);
        if (rgb16 != null && (rgb16.length != 3 || rgb16[0].length != argb.length || rgb16[1].length != argb.length
                || rgb16[2].length != argb.length)) {
            throw new IllegalArgumentException("rgb16 must hold three planes of " + argb.length + " samples");
        }
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history, short[][] rgb16) {
        this(name, argb, bounds, depthHint, history, rgb16, null);
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint, List<String> history) {
        this(name, argb, bounds, depthHint, history, null, null);
    }

    public Layer(String name, int[] argb, Box bounds, double depthHint) {
        this(name, argb, bounds, depthHint, List.of(), null, null);
    }

    /**
     * The same layer under another name and at another depth; the pixels are shared. A ground or wall card stays
     * where it is (its plane is its depth); a sky card moves to the new depth.
     */
    public Layer with(String newName, double newDepth) {
        CardPlane moved = card != null && card.kind() == io.github.parallaxlayers.geometry.CardKind.SKY
                && newDepth != depthHint ? CardPlane.sky(newDepth) : card;
        return new Layer(newName, argb, bounds, newDepth, history, rgb16, moved);
    }

    /** The same layer on another card ({@code null}: the upright card at its depth hint); the pixels are shared. */
    public Layer withCard(CardPlane newCard) {
        return new Layer(name, argb, bounds, depthHint, history, rgb16, newCard);
    }

    /** The plane the layer lies on: its card, or the upright card at its depth hint. */
    public CardPlane plane() {
        return card != null ? card : CardPlane.upright(depthHint);
    }

    /** True when the layer lies on a plane other than the upright card at its depth hint. */
    public boolean hasCard() {
        return card != null;
    }

    public boolean sixteenBit() {
        return rgb16 != null;
    }
}
