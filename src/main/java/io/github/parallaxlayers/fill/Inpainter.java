package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

/**
 * Fills the pixels of a plate under a hole mask (255 = fill) from the rest of the plate. Returns a new plate
 * of the same type and size whose pixels outside the hole are bit-identical to the input's; the input plate
 * is never written.
 */
public interface Inpainter {

    /** A stable id used in results and provenance, e.g. {@code patch} or {@code telea}. */
    String id();

    Plate fill(Plate plate, Mask hole, ProgressListener progress);
}
