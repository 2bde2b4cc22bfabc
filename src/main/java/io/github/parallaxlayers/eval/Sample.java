package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

/** One loaded benchmark image: the plate, the object mask and the ignore mask (null when the layout has none). */
public record Sample(String name, Plate plate, Mask truth, Mask ignore) {
}
