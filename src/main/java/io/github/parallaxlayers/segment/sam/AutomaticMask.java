package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

/**
 * One mask of the automatic mask generator, at plate size.
 *
 * @param box          the mask's bounds in plate pixels
 * @param area         its pixel count
 * @param predictedIou the decoder's predicted IoU
 * @param stability    IoU of the candidate's logits thresholded at +offset and −offset
 * @param pointX       the grid point that prompted it (plate pixels)
 * @param crop         the plate region that was encoded for it (the whole plate unless crop layers are on)
 */
public record AutomaticMask(Mask mask, Box box, int area, double predictedIou, double stability, double pointX,
                            double pointY, Box crop) {
}
