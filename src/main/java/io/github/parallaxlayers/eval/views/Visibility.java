package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

/**
 * Which pixels of a target view the reference view saw: each target pixel's surface point (from the target's true
 * depth) is projected into the reference camera; outside the reference frame it is {@link #OUT_OF_FRAME}; inside,
 * it was seen when the reference depth at that place (nearest pixel or one of its 8 neighbours, so slanted
 * surfaces and edges are not mistaken) agrees with the point's depth, and {@link #DISOCCLUDED} (hidden behind a
 * nearer surface in the reference) otherwise. For a stereo pair with depth = f·B / disparity this is the usual
 * left–right consistency check on the disparities.
 */
public final class Visibility {
    public static final byte VISIBLE = 0;
    public static final byte DISOCCLUDED = 1;
    public static final byte OUT_OF_FRAME = 2;

    /**
     * When two depths agree: within {@code relative} × depth (rendered scenes), or within {@code disparityPx}
     * pixels of disparity for a unit baseline, i.e. |f/z1 − f/z2| (stereo pairs).
     */
    public record Tolerance(double relative, double disparityPx) {
    }

    private Visibility() {
    }

    /**
     * @param referenceDepth planar depth of the reference view (finite, above 0)
     * @param targetDepth    planar depth of the target view; NaN or ≤ 0 where unknown (counted as visible)
     * @return one class per target pixel
     */
    public static byte[] classify(float[] referenceDepth, float[] targetDepth, PinholeCamera camera, Pose target,
                                  Tolerance tolerance) {
        int w = camera.width();
        int h = camera.height();
        double f = camera.focal();
        byte[] out = new byte[w * h];
        Pose reference = new Pose(0, 0, 0, 0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float d = targetDepth[i];
                if (!(d > 0) || Float.isInfinite(d)) {
                    continue;
                }
                double[] p = camera.unproject(x, y, d, target);
                double[] q = camera.project(p, reference);
                int rx = (int) Math.round(q[0]);
                int ry = (int) Math.round(q[1]);
                if (!(q[2] > 0) || q[0] < -0.5 || q[1] < -0.5 || q[0] > w - 0.5 || q[1] > h - 0.5) {
                    out[i] = OUT_OF_FRAME;
                    continue;
                }
                rx = Math.min(w - 1, Math.max(0, rx));
                ry = Math.min(h - 1, Math.max(0, ry));
                boolean seen = false;
                for (int dy = -1; dy <= 1 && !seen; dy++) {
                    for (int dx = -1; dx <= 1 && !seen; dx++) {
                        int sx = rx + dx;
                        int sy = ry + dy;
                        if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                            seen = agree(referenceDepth[sy * w + sx], q[2], f, tolerance);
                        }
                    }
                }
                out[i] = seen ? VISIBLE : DISOCCLUDED;
            }
        }
        return out;
    }

    static boolean agree(double seen, double point, double focal, Tolerance tolerance) {
        return Math.abs(seen - point) <= tolerance.relative() * point
                || Math.abs(focal / seen - focal / point) <= tolerance.disparityPx();
    }

    /** The pixels of one class. */
    public static boolean[] of(byte[] classes, byte which) {
        boolean[] out = new boolean[classes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = classes[i] == which;
        }
        return out;
    }
}
