package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

/**
 * One pass of the standard clean-up, in the order artists expect: fill holes, remove islands, keep the largest
 * component, then grow (positive) or shrink (negative).
 *
 * @param fillHoles     fill holes at all
 * @param maxHoleArea   only holes smaller than this many px² are filled; 0 = every hole
 * @param minIslandArea islands smaller than this many px² are removed; 0 = keep all
 * @param keepLargest   keep only the largest component
 * @param grow          px to grow (positive) or shrink (negative), exact Euclidean
 */
public record RefineSettings(boolean fillHoles, int maxHoleArea, int minIslandArea, boolean keepLargest, double grow) {

    public RefineSettings {
        if (maxHoleArea < 0 || minIslandArea < 0) {
            throw new InvalidInputException("Areas must be zero or positive (px²); got max_hole=" + maxHoleArea
                    + " and islands=" + minIslandArea + ".");
        }
    }

    public Mask apply(Mask mask) {
        Mask out = mask;
        if (fillHoles) {
            out = MaskRefinement.fillHoles(out, maxHoleArea);
        }
        if (minIslandArea > 0) {
            out = MaskRefinement.removeIslands(out, minIslandArea);
        }
        if (keepLargest) {
            out = MaskRefinement.keepLargest(out);
        }
        if (grow != 0) {
            out = MaskRefinement.growOrShrink(out, grow);
        }
        return out == mask ? mask.copy() : out;
    }
}
