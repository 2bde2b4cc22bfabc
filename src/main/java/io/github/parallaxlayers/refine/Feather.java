package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Parallel;

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
        return alpha(signedDistance(mask), width, mode);
    }

    /** Signed Euclidean distance to the mask's border in px: positive inside, negative outside. */
    public static float[] signedDistance(Mask mask) {
        float[] toOutside = DistanceTransform.squaredToOutside(mask);
        float[] toInside = DistanceTransform.squaredToInside(mask);
        byte[] m = mask.data();
        float[] signed = toOutside;
        int w = mask.width();
        Parallel.rows(mask.height(), (from, to) -> {
            for (int i = from * w; i < to * w; i++) {
                signed[i] = m[i] != 0 ? (float) Math.sqrt(toOutside[i]) - 0.5f : 0.5f - (float) Math.sqrt(toInside[i]);
            }
        });
        return signed;
    }

    /** The ramp over a signed distance map (see {@link #signedDistance}). */
    public static byte[] alpha(float[] signed, double width, FeatherMode mode) {
        if (!(width > 0)) {
            throw new InvalidInputException("The feather width must be positive (px); got " + width + ".");
        }
        double start = switch (mode) {
            case INSIDE -> 0;
            case CENTRED -> -width / 2;
            case OUTSIDE -> -width;
        };
        byte[] alpha = new byte[signed.length];
        double scale = 1 / width;
        for (int i = 0; i < alpha.length; i++) {
            double t = (signed[i] - start) * scale;
            alpha[i] = (byte) (t <= 0 ? 0 : t >= 1 ? 255 : (int) Math.round(t * 255));
        }
        return alpha;
    }
}
