package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

/**
 * Diffusion-like fill by fast marching (A. Telea, "An Image Inpainting Technique Based on the Fast Marching
 * Method", Journal of Graphics Tools 9(1), 2004; the method behind OpenCV's {@code INPAINT_TELEA}). The hole
 * is filled from its boundary inward in order of distance T (fast marching on a binary-heap narrow band); each
 * new pixel p is the weighted mean of the estimates of the known pixels q within {@code radius} (first-order
 * I(q) + ∇I(q)·(p − q) or plain I(q), see {@link TeleaEstimate}), with the paper's weights: direction
 * (∇T·(p − q)/|p − q|), geometric distance (1/|p − q|²) and level-set distance (1/(1 + |T(p) − T(q)|)).
 * Results keep to the range of the known values. Smooth content is continued; texture is not (that is what
 * {@link PatchMatchInpainter} is for). Works in the plate's own raw values, so every bit depth keeps its range.
 */
public final class TeleaInpainter implements Inpainter {
    public static final String ID = "telea";
    public static final int DEFAULT_RADIUS = 5;

    private static final byte KNOWN = 0;
    private static final byte BAND = 1;
    private static final byte INSIDE = 2;
    private static final float FAR = 1e6f;
    private static final int CANCEL_CHECK_INTERVAL = 1 << 12;

    private final int radius;
    private final TeleaEstimate estimate;

    public TeleaInpainter() {
        this(DEFAULT_RADIUS, TeleaEstimate.FIRST_ORDER);
    }

    public TeleaInpainter(int radius) {
        this(radius, TeleaEstimate.FIRST_ORDER);
    }

    public TeleaInpainter(int radius, TeleaEstimate estimate) {
        if (radius < 1 || radius > 100) {
            throw new InvalidInputException("The Telea radius must be between 1 and 100 pixels; got " + radius
                    + ". OpenCV's usual value is 3 to 5.");
        }
        this.radius = radius;
        this.estimate = java.util.Objects.requireNonNull(estimate, "estimate");
    }

    /** {@code telea}; the {@code mean} estimate is told apart as {@code telea-mean} in results. */
    @Override
    public String id() {
        return estimate == TeleaEstimate.FIRST_ORDER ? ID : ID + "-" + estimate.label();
    }

    public int radius() {
        return radius;
    }

    public TeleaEstimate estimate() {
        return estimate;
    }

    @Override
    public Plate fillHole(Plate plate, Mask hole, ProgressListener progress) {
        FillInput.requireContext(hole, "The hole covers the whole plate, so there is nothing to fill it from; "
                + "leave some of the plate outside the mask.");
        float[][] channels = plate.toChannels();
        fillInPlace(channels, plate.width(), plate.height(), hole.data(), radius, estimate, progress);
        return FillInput.restoreOutside(plate, plate.withChannels(channels), hole);
    }

    /**
     * Fills {@code channels} inside {@code hole} (non-zero = fill) in place. The hole must leave at least one
     * pixel known. Used directly by the exemplar fill to start its coarsest level.
     */
    static void fillInPlace(float[][] channels, int w, int h, byte[] hole, int radius, TeleaEstimate estimate,
                            ProgressListener progress) {
        progress.checkCancelled();
        int n = w * h;
        int nc = channels.length;
        byte[] flag = new byte[n];
        float[] t = new float[n];
        // Outside the hole T is minus the distance to it (0 on the band), as OpenCV gets by marching outward:
        // ∇T is then defined across the boundary, which the direction weight needs from the very first pixel.
        float[] toHole = DistanceTransform.squaredToInside(Mask.wrap(w, h, hole));
        int holeCount = 0;
        for (int i = 0; i < n; i++) {
            if (hole[i] != 0) {
                flag[i] = INSIDE;
                t[i] = FAR;
                holeCount++;
            } else {
                t[i] = 1f - (float) Math.sqrt(toHole[i]);
                flag[i] = KNOWN;
            }
        }
        float[] lo = new float[nc];
        float[] hi = new float[nc];
        knownRange(channels, hole, lo, hi);
        MinHeap heap = new MinHeap(holeCount / 4 + 64);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (flag[i] == KNOWN && touchesHole(flag, w, h, x, y)) {
                    flag[i] = BAND;
                    t[i] = 0f;
                    heap.push(i, 0f);
                }
            }
        }
        float r2 = (float) radius * radius;
        double[] sum = new double[nc];
        double[] gradSumX = new double[nc];
        double[] gradSumY = new double[nc];
        float[][] gradX = null;
        float[][] gradY = null;
        if (estimate == TeleaEstimate.FIRST_ORDER) {
            gradX = new float[nc][n];
            gradY = new float[nc][n];
            for (int c = 0; c < nc; c++) {
                knownGradient(channels[c], hole, w, h, gradX[c], gradY[c]);
            }
        }
        int done = 0;
        while (!heap.isEmpty()) {
            int p = heap.pop();
            flag[p] = KNOWN;
            int px = p % w;
            int py = p / w;
            for (int k = 0; k < 4; k++) {
                int x = px + (k == 0 ? -1 : k == 1 ? 1 : 0);
                int y = py + (k == 2 ? -1 : k == 3 ? 1 : 0);
                if (x < 0 || y < 0 || x >= w || y >= h) {
                    continue;
                }
                int i = y * w + x;
                if (flag[i] != INSIDE) {
                    continue;
                }
                float ti = Math.min(Math.min(solve(flag, t, w, h, x - 1, y, x, y - 1),
                                solve(flag, t, w, h, x + 1, y, x, y - 1)),
                        Math.min(solve(flag, t, w, h, x - 1, y, x, y + 1),
                                solve(flag, t, w, h, x + 1, y, x, y + 1)));
                t[i] = ti;
                inpaintPixel(channels, flag, t, w, h, x, y, radius, r2, gradX, gradY, sum, gradSumX, gradSumY, hole,
                        lo, hi);
                flag[i] = BAND;
                heap.push(i, ti);
                if (++done % CANCEL_CHECK_INTERVAL == 0) {
                    progress.checkCancelled();
                    progress.progress((double) done / holeCount, "Telea fill");
                }
            }
        }
        progress.progress(1, "Telea fill");
    }

    private static void inpaintPixel(float[][] channels, byte[] flag, float[] t, int w, int h, int x, int y,
                                     int radius, float r2, float[][] gradX, float[][] gradY, double[] sum,
                                     double[] gradSumX, double[] gradSumY, byte[] hole, float[] lo, float[] hi) {
        int i = y * w + x;
        float ti = t[i];
        float gradTx = gradient(t, flag, w, x, y, x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1);
        float gradTy = gradient(t, flag, w, x, y, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1);
        int nc = channels.length;
        java.util.Arrays.fill(sum, 0);
        java.util.Arrays.fill(gradSumX, 0);
        java.util.Arrays.fill(gradSumY, 0);
        double weightSum = 0;
        double measuredWeight = 0;
        int y0 = Math.max(0, y - radius);
        int y1 = Math.min(h - 1, y + radius);
        int x0 = Math.max(0, x - radius);
        int x1 = Math.min(w - 1, x + radius);
        for (int qy = y0; qy <= y1; qy++) {
            for (int qx = x0; qx <= x1; qx++) {
                int q = qy * w + qx;
                if (flag[q] == INSIDE) {
                    continue;
                }
                float rx = x - qx;
                float ry = y - qy;
                float len2 = rx * rx + ry * ry;
                if (len2 > r2 || len2 == 0) {
                    continue;
                }
                float len = (float) Math.sqrt(len2);
                float dir = (rx * gradTx + ry * gradTy) / len;
                if (Math.abs(dir) <= 0.01f) {
                    dir = 1e-6f;
                }
                float dst = 1f / len2;
                float lev = 1f / (1f + Math.abs(t[q] - ti));
                double weight = Math.abs(dir * dst * lev);
                weightSum += weight;
                if (gradX == null) {
                    for (int c = 0; c < nc; c++) {
                        sum[c] += weight * channels[c][q];
                    }
                    continue;
                }
                boolean measured = hole[q] == 0;
                for (int c = 0; c < nc; c++) {
                    sum[c] += weight * (channels[c][q] + gradX[c][q] * rx + gradY[c][q] * ry);
                    if (measured) {
                        gradSumX[c] += weight * gradX[c][q];
                        gradSumY[c] += weight * gradY[c][q];
                    }
                }
                if (measured) {
                    measuredWeight += weight;
                }
            }
        }
        for (int c = 0; c < nc; c++) {
            if (gradX != null) {
                // The filled pixel passes on the gradient measured around it, never one taken from filled values.
                gradX[c][i] = measuredWeight > 0 ? (float) (gradSumX[c] / measuredWeight) : 0f;
                gradY[c][i] = measuredWeight > 0 ? (float) (gradSumY[c] / measuredWeight) : 0f;
            }
            double v = weightSum > 0 ? sum[c] / weightSum : channels[c][i];
            // The first-order term may overshoot at an edge; keeping to the known range stops a ring of
            // out-of-range values (and, for 32-bit plates, values the plate never had).
            channels[c][i] = (float) Math.max(lo[c], Math.min(hi[c], v));
        }
    }

    /** ∇I at every known pixel from known neighbours only (see {@link #difference}). */
    private static void knownGradient(float[] ch, byte[] hole, int w, int h, float[] gx, float[] gy) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int q = y * w + x;
                if (hole[q] != 0) {
                    continue;
                }
                int left = x > 0 && hole[q - 1] == 0 ? q - 1 : -1;
                int right = x < w - 1 && hole[q + 1] == 0 ? q + 1 : -1;
                int up = y > 0 && hole[q - w] == 0 ? q - w : -1;
                int down = y < h - 1 && hole[q + w] == 0 ? q + w : -1;
                gx[q] = difference(ch, q, left, right);
                gy[q] = difference(ch, q, up, down);
            }
        }
    }

    /** Central difference where both neighbours are known, one-sided where only one is, else 0. */
    private static float difference(float[] ch, int q, int before, int after) {
        if (before >= 0) {
            return after >= 0 ? (ch[after] - ch[before]) * 0.5f : ch[q] - ch[before];
        }
        return after >= 0 ? ch[after] - ch[q] : 0f;
    }

    private static float gradient(float[] t, byte[] flag, int w, int x, int y, int before, int after) {
        boolean hasBefore = before >= 0 && flag[before] != INSIDE;
        boolean hasAfter = after >= 0 && flag[after] != INSIDE;
        int i = y * w + x;
        if (hasBefore) {
            return hasAfter ? (t[after] - t[before]) * 0.5f : t[i] - t[before];
        }
        return hasAfter ? t[after] - t[i] : 0f;
    }

    /** The upwind solution of |∇T| = 1 from two neighbours on perpendicular axes (Sethian's update). */
    private static float solve(byte[] flag, float[] t, int w, int h, int x1, int y1, int x2, int y2) {
        boolean in1 = x1 >= 0 && y1 >= 0 && x1 < w && y1 < h;
        boolean in2 = x2 >= 0 && y2 >= 0 && x2 < w && y2 < h;
        boolean known1 = in1 && flag[y1 * w + x1] != INSIDE;
        boolean known2 = in2 && flag[y2 * w + x2] != INSIDE;
        if (known1 && known2) {
            double a = t[y1 * w + x1];
            double b = t[y2 * w + x2];
            if (Math.abs(a - b) >= 1.0) {
                return (float) (1 + Math.min(a, b));
            }
            return (float) ((a + b + Math.sqrt(2 - (a - b) * (a - b))) * 0.5);
        }
        if (known1) {
            return 1 + t[y1 * w + x1];
        }
        if (known2) {
            return 1 + t[y2 * w + x2];
        }
        return FAR;
    }

    private static boolean touchesHole(byte[] flag, int w, int h, int x, int y) {
        int i = y * w + x;
        return (x > 0 && flag[i - 1] == INSIDE) || (x < w - 1 && flag[i + 1] == INSIDE)
                || (y > 0 && flag[i - w] == INSIDE) || (y < h - 1 && flag[i + w] == INSIDE);
    }

    private static void knownRange(float[][] channels, byte[] hole, float[] lo, float[] hi) {
        for (int c = 0; c < channels.length; c++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            float[] ch = channels[c];
            for (int i = 0; i < ch.length; i++) {
                float v = ch[i];
                if (hole[i] == 0 && Float.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            lo[c] = min <= max ? min : 0f;
            hi[c] = min <= max ? max : 0f;
        }
    }
}
