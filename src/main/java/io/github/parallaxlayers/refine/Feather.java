package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

/**
 * A soft alpha edge from the signed Euclidean distance to the mask's border: alpha ramps linearly from 0 to 255
 * over {@code width} px, placed inside, centred on or outside the border. The border itself sits half a pixel
 * outside the inside pixels' centres, so the signed distance of a pixel is (distance to the other side) − ½.
 */
public final class Feather {

    private Feather() {
    }

    /** 8-bit alpha, 0–255, one byte per pixel. */
    public static byte[] alpha(Mask mask, double width, FeatherMode mode) {
        if (!(width > 0)) {
            throw new InvalidInputException("The feather width must be positive (px); got " + width + ".");
        }
        float[] toOutside = DistanceTransform.squaredToOutside(mask);
        float[] toInside = DistanceTransform.squaredToInside(mask);
        double start = switch (mode) {
            case INSIDE -> 0;
            case CENTRED -> -width / 2;
            case OUTSIDE -> -width;
        };
        byte[] alpha = new byte[toOutside.length];
        byte[] m = mask.data();
        for (int i = 0; i < alpha.length; i++) {
            // signed distance: positive inside, negative outside, measured from the border between pixels
            double signed = m[i] != 0 ? Math.sqrt(toOutside[i]) - 0.5 : 0.5 - Math.sqrt(toInside[i]);
            double t = (signed - start) / width;
            int a = t <= 0 ? 0 : t >= 1 ? 255 : (int) Math.round(t * 255);
            alpha[i] = (byte) a;
        }
        return alpha;
    }
}
