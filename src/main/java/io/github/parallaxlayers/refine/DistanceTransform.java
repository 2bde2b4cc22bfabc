package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Parallel;

import io.github.parallaxlayers.mask.Mask;

/**
 * Exact Euclidean distance transform in linear time (Felzenszwalb and Huttenlocher, "Distance Transforms of
 * Sampled Functions", Theory of Computing 8, 2012): a 1-D lower-envelope-of-parabolas pass over columns, then
 * over rows. Results are squared distances in pixels², so callers compare against r² without rounding.
 */
public final class DistanceTransform {
    private static final float INF = 1e20f;

    private DistanceTransform() {
    }

    /** Squared distance of every pixel to the nearest pixel that is inside {@code mask} (0 for inside pixels). */
    public static float[] squaredToInside(Mask mask) {
        return squared(mask, true, false);
    }

    /** Squared distance of every pixel to the nearest pixel outside {@code mask} (0 for outside pixels). */
    public static float[] squaredToOutside(Mask mask) {
        return squared(mask, false, false);
    }

    /**
     * Squared distance of every inside pixel to the nearest outside pixel, where the frame around the image
     * also counts as outside (the click-protocol convention: a pixel on the image border is 1 px from border).
     */
    public static float[] squaredToOutsideOrFrame(Mask mask) {
        return squared(mask, false, true);
    }

    private static float[] squared(Mask mask, boolean sourceInside, boolean frameIsSource) {
        int w = mask.width();
        int h = mask.height();
        byte[] m = mask.data();
        float[] f = new float[w * h];
        // Pass 1, along columns: for a binary image the 1-D distance to the nearest source pixel in the column is
        // two running scans, done row by row so memory is read in order.
        int[] up = new int[w];
        int far = w + h + 2;
        java.util.Arrays.fill(up, frameIsSource ? 0 : far);
        int[] g = new int[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int d = (m[row + x] != 0) == sourceInside ? 0 : Math.min(far, up[x] + 1);
                up[x] = d;
                g[row + x] = d;
            }
        }
        java.util.Arrays.fill(up, frameIsSource ? 0 : far);
        for (int y = h - 1; y >= 0; y--) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int d = Math.min(g[row + x], up[x] + 1);
                up[x] = d;
                g[row + x] = d;
                f[row + x] = d >= far ? INF : (float) d * d;
            }
        }
        // Pass 2, along rows: the lower envelope of parabolas; rows are independent, so they run in parallel.
        int pad = frameIsSource ? 1 : 0;
        Parallel.rows(h, (from, to) -> {
            int n = w + 2;
            float[] line = new float[n];
            float[] out = new float[n];
            int[] v = new int[n];
            double[] z = new double[n + 1];
            int len = w + 2 * pad;
            for (int y = from; y < to; y++) {
                int row = y * w;
                if (pad == 1) {
                    line[0] = 0f;
                    line[len - 1] = 0f;
                }
                System.arraycopy(f, row, line, pad, w);
                envelope(line, len, out, v, z);
                System.arraycopy(out, pad, f, row, w);
            }
        });
        return f;
    }

    /**
     * The 1-D transform d(q) = min_p (q − p)² + f(p) over the lower envelope of parabolas. Points at INF are
     * left out of the envelope rather than carried through the arithmetic, where 1e20 would swamp the float.
     */
    private static void envelope(float[] f, int n, float[] d, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] >= INF) {
                continue;
            }
            if (k < 0) {
                k = 0;
                v[0] = q;
                z[0] = Double.NEGATIVE_INFINITY;
                z[1] = Double.POSITIVE_INFINITY;
                continue;
            }
            double s = intersection(f, v[k], q);
            while (s <= z[k]) {
                k--;
                s = intersection(f, v[k], q);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            java.util.Arrays.fill(d, 0, n, INF);
            return;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            float dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }

    private static double intersection(float[] f, int p, int q) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * (q - p));
    }
}
