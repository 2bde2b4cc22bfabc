package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

/**
 * Feathers a mask and then snaps the soft edge to the plate's edges with the guided filter, using the plate as
 * guide. Only a band around the mask border is allowed to change, so a flat region far from the edge keeps the
 * plain feather's alpha.
 */
public final class EdgeAwareFeather {

    private EdgeAwareFeather() {
    }

    /**
     * @param radius guided-filter window radius in px (about the width of the hair or foliage to capture)
     * @param eps    guided-filter regularisation, in (0–1 guide units)²
     */
    public static byte[] alpha(Mask mask, Plate plate, double width, FeatherMode mode, int radius, double eps) {
        if (!mask.sameSize(plate.width(), plate.height())) {
            throw new InvalidInputException("The mask is " + mask.width() + "x" + mask.height() + " but the guide "
                    + "plate is " + plate.width() + "x" + plate.height() + ": they must have the same size.");
        }
        if (radius < 1) {
            throw new InvalidInputException("The edge radius must be at least 1 px; got " + radius + ".");
        }
        float[] signed = Feather.signedDistance(mask);
        byte[] soft = Feather.alpha(signed, width, mode);
        float[] p = new float[soft.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (soft[i] & 0xff) / 255f;
        }
        // Fast guided filter: coarse windows of radius 2 keep the fit local; the full-resolution guide keeps edges.
        int subsample = Math.max(1, radius / 2);
        float[] q = GuidedFilter.filter(plate.toUnitChannels(), p, plate.width(), plate.height(), radius, eps,
                subsample);
        double band = radius + width;
        byte[] out = soft.clone();
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(signed[i]) <= band) {
                float v = q[i];
                out[i] = (byte) (v <= 0 ? 0 : v >= 1 ? 255 : Math.round(v * 255));
            }
        }
        return out;
    }
}
