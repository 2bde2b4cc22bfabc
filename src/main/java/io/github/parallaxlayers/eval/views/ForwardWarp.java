package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

/**
 * A per-pixel forward warp of the reference view with its depth into another camera: every reference pixel goes
 * to the nearest pixel of the target, and where several land on one pixel the nearest surface (smallest depth in the
 * target) wins. Target pixels nothing lands on are holes (disocclusions, the frame edges and cracks where a
 * surface is magnified).
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
}
