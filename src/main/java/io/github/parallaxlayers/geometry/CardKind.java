package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.Labeled;

/** What a layer's card is in the scene: its label is stable (layers.json, macros). */
public enum CardKind implements Labeled {
    /** Facing the reference camera at one depth: today's card. */
    UPRIGHT,
    /** Lying on the ground plane. */
    GROUND,
    /** A vertical plane (a facade), receding at any angle. */
    WALL,
    /** The far background: an upright card far away. */
    SKY
}
