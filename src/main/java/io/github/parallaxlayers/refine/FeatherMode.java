package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Labeled;

/** Where a feathered edge lies relative to the mask's border ({@code mode=}). */
public enum FeatherMode implements Labeled {
    /** The ramp lies inside the mask: nothing outside becomes visible. */
    INSIDE,
    /** The ramp is centred on the border: alpha 50% on it. */
    CENTRED,
    /** The ramp lies outside: the whole mask stays opaque. */
    OUTSIDE;
}
