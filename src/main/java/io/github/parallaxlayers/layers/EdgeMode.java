package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Labeled;

/** How a layer's edge is drawn from its mask when the stack is built ({@code edge=} of Build Layer Stack). */
public enum EdgeMode implements Labeled {
    /** Alpha 255 inside the mask, 0 outside: the mask's own pixels, as before soft edges existed. */
    HARD("hard"),
    /** A linear ramp of {@code width} px centred on the mask's border (Feather Mask, {@code mode=centred}). */
    FEATHER("feather"),
    /** The ramp snapped to the plate's own edges by the guided filter (Feather Mask with {@code edge}). */
    MATTE("matte");

    private final String label;

    EdgeMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
