package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

/**
 * A per-pixel forward warp of the reference view with its depth into another camera: every reference pixel goes
 * to the nearest pixel of the target, and where several land on one pixel the nearest surface (smallest depth in the
 * target) wins. Target pixels nothing lands on are holes (disocclusions and the frame edges).
 * <p>{@link #warp} keeps the colour of the pixel that landed (nearest-pixel splatting: a magnified surface
 * cracks). {@link #warpResampled} is the usual depth-image-based rendering instead: the forward-warped depth's
 * cracks (holes at most 2 px wide between known pixels) are closed with the farther neighbour, and each covered
 * target pixel takes the reference colour where its 3-D point projects, sampled bilinearly.
 */
public final class ForwardWarp {

    /** The warped colours (0 in holes), the holes, and the warped depth (NaN in holes). */
    public record Result(int[] rgb, boolean[] hole, float[] depth) {
        public double holeFraction() {
            int n = 0;
            for (boolean h : hole) {
                if (h) {
                    n++;
                }
            }
            return n / (double) hole.length;
        }
    }

    private ForwardWarp() {
    }

    /**
     * @param rgb   reference colours, packed RGB
     * @param depth reference planar depth per pixel, finite and above 0 (fill unknown depth first)
     */
    public static Result warp(int[] rgb, float[] depth, PinholeCamera camera, Pose target) {
        int w = camera.width();
        int h = camera.height();
        int[] out = new int[w * h];
        float[] z = new float[w * h];
        java.util.Arrays.fill(z, Float.POSITIVE_INFINITY);
        Pose reference = new Pose(0, 0, 0, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double[] p = camera.unproject(x, y, depth[i], reference);
                double[] q = camera.project(p, target);
                if (!(q[2] > 0)) {
                    continue;
                }
                int tx = (int) Math.round(q[0]);
                int ty = (int) Math.round(q[1]);
                if (tx < 0 || ty < 0 || tx >= w || ty >= h) {
                    continue;
                }
                int t = ty * w + tx;
                if (q[2] < z[t]) {
                    z[t] = (float) q[2];
                    out[t] = rgb[i] & 0xffffff;
                }
            }
        }
        boolean[] hole = new boolean[w * h];
        for (int i = 0; i < z.length; i++) {
            if (z[i] == Float.POSITIVE_INFINITY) {
                hole[i] = true;
                z[i] = Float.NaN;
            }
        }
        return new Result(out, hole, z);
    }

    /** As {@link #warp}, with cracks closed and colours resampled from the reference (see the class comment). */
    public static Result warpResampled(int[] rgb, float[] depth, PinholeCamera camera, Pose target) {
        int w = camera.width();
        int h = camera.height();
        float[] z = closeCracks(warp(rgb, depth, camera, target).depth(), w, h);
        int[] out = new int[w * h];
        boolean[] hole = new boolean[w * h];
        Pose reference = new Pose(0, 0, 0, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (z[i] != z[i]) {
                    hole[i] = true;
                    continue;
                }
                double[] q = camera.project(camera.unproject(x, y, z[i], target), reference);
                out[i] = bilinear(rgb, w, h, q[0], q[1]);
            }
        }
        return new Result(out, hole, z);
    }

    /** One pass of a 3×3 filter: a hole with known pixels on two opposite sides takes the farthest known neighbour. */
    static float[] closeCracks(float[] z, int w, int h) {
        float[] out = z.clone();
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (z[i] == z[i]) {
                    continue;
                }
                boolean across = known(z, i - 1) && known(z, i + 1) || known(z, i - w) && known(z, i + w)
                        || known(z, i - w - 1) && known(z, i + w + 1) || known(z, i - w + 1) && known(z, i + w - 1);
                if (!across) {
                    across = known(z, i - 1) && x + 2 < w && known(z, i + 2)
                            || known(z, i - w) && y + 2 < h && known(z, i + 2 * w);
                }
                if (across) {
                    float far = Float.NEGATIVE_INFINITY;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            float v = z[i + dy * w + dx];
                            if (v == v && v > far) {
                                far = v;
                            }
                        }
                    }
                    out[i] = far;
                }
            }
        }
        return out;
    }

    private static boolean known(float[] z, int i) {
        return z[i] == z[i];
    }

    private static int bilinear(int[] rgb, int w, int h, double x, double y) {
        double cx = Math.max(0, Math.min(w - 1, x));
        double cy = Math.max(0, Math.min(h - 1, y));
        int x0 = Math.min(w - 2, (int) Math.floor(cx));
        int y0 = Math.min(h - 2, (int) Math.floor(cy));
        if (w < 2 || h < 2) {
            return rgb[0] & 0xffffff;
        }
        double fx = cx - x0;
        double fy = cy - y0;
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double v = (1 - fy) * ((1 - fx) * ((rgb[y0 * w + x0] >> shift) & 255) + fx * ((rgb[y0 * w + x0 + 1] >> shift) & 255))
                    + fy * ((1 - fx) * ((rgb[(y0 + 1) * w + x0] >> shift) & 255) + fx * ((rgb[(y0 + 1) * w + x0 + 1] >> shift) & 255));
            out |= Math.min(255, (int) Math.round(v)) << shift;
        }
        return out;
    }
}
