package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

import java.util.Arrays;

/**
 * The robust depth of one mask: the median inverse depth of its known pixels, leaving out a band along the mask's
 * edge, where a hand-drawn or segmented outline spills onto the background and where stereo and network depth
 * maps blur across the depth step. Percentiles 10 and 90 measure the spread inside the mask.
 *
 * @param median  median inverse depth (larger = nearer), NaN when the mask holds no known depth
 * @param low     10th percentile
 * @param high    90th percentile
 * @param samples known pixels the figures came from
 * @param core    whether they came from the mask's interior (false: the mask is thinner than twice the band,
 *                so its every known pixel was used)
 */
public record MaskDepth(double median, double low, double high, int samples, boolean core) {

    /** @param band width in pixels of the edge band to leave out (0 keeps every pixel) */
    public static MaskDepth of(DepthMap depth, Mask mask, int band) {
        if (!mask.sameSize(depth.width(), depth.height())) {
            throw new InvalidInputException("A mask is " + mask.width() + "x" + mask.height() + " but the depth map is "
                    + depth.width() + "x" + depth.height() + ": they must have the same size.");
        }
        if (band < 0) {
            throw new InvalidInputException("border=" + band + " is negative; give 0 or more pixels.");
        }
        float[] values = band == 0 ? null
                : collect(depth, mask, DistanceTransform.squaredToOutside(mask), (float) band * band);
        boolean core = values != null && values.length > 0;
        if (!core) {
            values = collect(depth, mask, null, 0);
        }
        if (values.length == 0) {
            return new MaskDepth(Double.NaN, Double.NaN, Double.NaN, 0, false);
        }
        Arrays.sort(values);
        return new MaskDepth(percentile(values, 0.5), percentile(values, 0.1), percentile(values, 0.9),
                values.length, core);
    }

    public boolean known() {
        return samples > 0;
    }

    /** p90 − p10 of the inverse depth inside the mask. */
    public double spread() {
        return high - low;
    }

    /** Known values inside the mask whose squared distance to the outside exceeds {@code bandSquared}. */
    private static float[] collect(DepthMap depth, Mask mask, float[] squaredInside, float bandSquared) {
        byte[] m = mask.data();
        float[] d = depth.values();
        float[] out = new float[m.length];
        int n = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0 && d[i] == d[i] && (squaredInside == null || squaredInside[i] > bandSquared)) {
                out[n++] = d[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Linear interpolation between order statistics (the usual "type 7" definition; median of 2 = their mean). */
    static double percentile(float[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        double t = position - lower;
        return sorted[lower] + t * (sorted[upper] - sorted[lower]);
    }
}
