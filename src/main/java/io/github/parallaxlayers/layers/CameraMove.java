package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Labeled;

/** The camera moves a parallax preview can show ({@code move=}). */
public enum CameraMove implements Labeled {
    /** Truck left to right: {@code amount} in scene units. */
    SHIFT,
    /** Pedestal down to up: {@code amount} in scene units. */
    PEDESTAL,
    /** Dolly out to in along the view axis: {@code amount} in scene units. */
    PUSH,
    /** Arc around the pivot (the farthest card's centre): {@code amount} in degrees either way. */
    ORBIT;
}
