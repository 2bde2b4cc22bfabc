package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

/**
 * One pass of the standard clean-up, in the order artists expect: fill holes, remove islands, open, close, keep
 * parts, then grow (positive) or shrink (negative).
 *
 * @param fillHoles     fill holes at all
 * @param maxHoleArea   only holes smaller than this many px² are filled; 0 = every hole
 * @param minIslandArea islands smaller than this many px² are removed; 0 = keep all
 * @param open          opening radius in px (0 = none): removes parts thinner than the disk
 * @param close         closing radius in px (0 = none): closes gaps narrower than the disk
 * @param keep          which parts to keep
 * @param points        {x, y} pairs for {@link KeepMode#TOUCHING}
 * @param grow          px to grow (positive) or shrink (negative), exact Euclidean
 */
public record RefineSettings(boolean fillHoles, int maxHoleArea, int minIslandArea, double open, double close,
                             KeepMode keep, int[][] points, double grow) {

    public RefineSettings {
        if (maxHoleArea < 0 || minIslandArea < 0) {
            throw new InvalidInputException("Areas must be zero or positive (px²); got max_hole=" + maxHoleArea
                    + " and islands=" + minIslandArea + ".");
        }
        if (open < 0 || close < 0) {
            throw new InvalidInputException("open= and close= are disk radii and must be zero or positive (px).");
        }
        if (keep == KeepMode.TOUCHING && (points == null || points.length == 0)) {
            throw new InvalidInputException("keep=touching needs the clicks: give points=[x,y;x,y].");
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
        if (open > 0) {
            out = MaskRefinement.open(out, open);
        }
        if (close > 0) {
            out = MaskRefinement.close(out, close);
        }
        if (keep == KeepMode.LARGEST) {
            out = MaskRefinement.keepLargest(out);
        } else if (keep == KeepMode.TOUCHING) {
            out = MaskRefinement.keepTouching(out, points);
        }
        if (grow != 0) {
            out = MaskRefinement.growOrShrink(out, grow);
        }
        return out == mask ? mask.copy() : out;
    }
}
