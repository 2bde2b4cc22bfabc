package io.github.parallaxlayers.fill;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight edge segments in the known part of an image, found as LSD finds them (R. Grompone von Gioi, J. Jakubowicz,
 * J.-M. Morel, G. Randall, "LSD: a Line Segment Detector", IPOL 2012): after LSD's slight Gaussian smoothing,
 * pixels are visited from the strongest gradient down, and each grows a region of 8-connected pixels whose level-line orientation stays within 22.5° of
 * the region's; a region becomes a segment when its rectangle is long, thin and mostly filled by the region. LSD's
 * a-contrario test is replaced by those length and density thresholds: the segments here only vote for vanishing
 * points ({@link VanishingDirections}), where a few false ones are outvoted.
 */
final class StraightEdges {
    /** LSD's gradient threshold for a quantisation error of 2 grey levels and a 22.5° tolerance (0–255 scale). */
    private static final float MIN_GRADIENT = 5.2f;
    private static final double TOLERANCE = Math.PI / 8;
    /** LSD's share of the rectangle's pixels that must belong to the region. */
    private static final double MIN_DENSITY = 0.7;
    private static final int MAGNITUDE_BINS = 1024;

    /** A segment in pixel coordinates with the length of its rectangle. */
    record Segment(double x1, double y1, double x2, double y2) {
        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    private StraightEdges() {
    }

    /**
     * The segments at least {@code minLength} pixels long among pixels whose 2 × 2 gradient window is wholly known.
     *
     * @param luma grey values (0–255), row-major
     * @param hole non-zero where the value is unknown
     */
    static List<Segment> find(float[] luma, byte[] hole, int w, int h, double minLength) {
        int n = w * h;
        luma = smoothKnown(luma, hole, w, h);
        float[] magnitude = new float[n];
        float[] angle = new float[n];
        float maxMagnitude = 0;
        for (int y = 0; y + 1 < h; y++) {
            for (int x = 0; x + 1 < w; x++) {
                int i = y * w + x;
                if (hole[i] != 0 || hole[i + 1] != 0 || hole[i + w] != 0 || hole[i + w + 1] != 0) {
                    continue;
                }
                float a = luma[i];
                float b = luma[i + 1];
                float c = luma[i + w];
                float d = luma[i + w + 1];
                float gx = (b + d - a - c) / 2;
                float gy = (c + d - a - b) / 2;
                float m = (float) Math.sqrt(gx * gx + gy * gy);
                if (m > MIN_GRADIENT) {
                    magnitude[i] = m;
                    angle[i] = (float) Math.atan2(gx, -gy);
                    maxMagnitude = Math.max(maxMagnitude, m);
                }
            }
        }
        int[] order = strongestFirst(magnitude, maxMagnitude);
        boolean[] used = new boolean[n];
        List<Segment> segments = new ArrayList<>();
        int[] region = new int[n];
        for (int seed : order) {
            if (used[seed]) {
                continue;
            }
            int size = grow(seed, magnitude, angle, used, region, w, h);
            if (size >= minLength) {
                Segment s = rectangle(region, size, magnitude, w, minLength);
                if (s != null) {
                    segments.add(s);
                }
            }
        }
        return segments;
    }

    /**
     * LSD's Gaussian of σ = 0.75 px (its 0.6 / 0.8), here without the subsampling: a hard slanted edge is a
     * staircase whose steps turn the gradient by up to 45°, so unsmoothed it breaks into pieces shorter than any
     * useful segment. Normalised over known pixels, so the hole's content never leaks in.
     */
    private static float[] smoothKnown(float[] luma, byte[] hole, int w, int h) {
        double sigma = 0.75;
        int r = 2;
        float[] kernel = new float[2 * r + 1];
        for (int k = -r; k <= r; k++) {
            kernel[k + r] = (float) Math.exp(-k * k / (2 * sigma * sigma));
        }
        float[] value = new float[w * h];
        float[] weight = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = 0;
                float s = 0;
                for (int k = -r; k <= r; k++) {
                    int xx = x + k;
                    if (xx >= 0 && xx < w && hole[y * w + xx] == 0) {
                        v += kernel[k + r] * luma[y * w + xx];
                        s += kernel[k + r];
                    }
                }
                value[y * w + x] = v;
                weight[y * w + x] = s;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = 0;
                float s = 0;
                for (int k = -r; k <= r; k++) {
                    int yy = y + k;
                    if (yy >= 0 && yy < h) {
                        v += kernel[k + r] * value[yy * w + x];
                        s += kernel[k + r] * weight[yy * w + x];
                    }
                }
                out[y * w + x] = s > 0 ? v / s : 0f;
            }
        }
        return out;
    }

    /** Indices of the pixels above the threshold, strongest first (a bucket sort: LSD's pseudo-ordering). */
    private static int[] strongestFirst(float[] magnitude, float maxMagnitude) {
        int[] counts = new int[MAGNITUDE_BINS + 1];
        int total = 0;
        for (float m : magnitude) {
            if (m > 0) {
                counts[bin(m, maxMagnitude)]++;
                total++;
            }
        }
        int[] start = new int[MAGNITUDE_BINS + 1];
        for (int b = MAGNITUDE_BINS - 1, at = 0; b >= 0; b--) {
            start[b] = at;
            at += counts[b];
        }
        int[] order = new int[total];
        for (int i = 0; i < magnitude.length; i++) {
            if (magnitude[i] > 0) {
                order[start[bin(magnitude[i], maxMagnitude)]++] = i;
            }
        }
        return order;
    }

    private static int bin(float m, float max) {
        return Math.min(MAGNITUDE_BINS - 1, (int) (m / max * MAGNITUDE_BINS));
    }

    /** Grows the region of {@code seed} into {@code region}; returns its size. */
    private static int grow(int seed, float[] magnitude, float[] angle, boolean[] used, int[] region, int w, int h) {
        used[seed] = true;
        region[0] = seed;
        int size = 1;
        double sumCos = Math.cos(angle[seed]);
        double sumSin = Math.sin(angle[seed]);
        double regionAngle = angle[seed];
        for (int k = 0; k < size; k++) {
            int p = region[k];
            int px = p % w;
            int py = p / w;
            for (int dy = -1; dy <= 1; dy++) {
                int y = py + dy;
                if (y < 0 || y >= h) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int x = px + dx;
                    if (x < 0 || x >= w) {
                        continue;
                    }
                    int q = y * w + x;
                    if (used[q] || magnitude[q] == 0 || !aligned(angle[q], regionAngle)) {
                        continue;
                    }
                    used[q] = true;
                    region[size++] = q;
                    sumCos += Math.cos(angle[q]);
                    sumSin += Math.sin(angle[q]);
                    regionAngle = Math.atan2(sumSin, sumCos);
                }
            }
        }
        return size;
    }

    private static boolean aligned(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d) <= TOLERANCE;
    }

    /** The region's rectangle (main axis of its magnitude-weighted inertia) as a segment, or null if not line-like. */
    private static Segment rectangle(int[] region, int size, float[] magnitude, int w, double minLength) {
        double sum = 0;
        double cx = 0;
        double cy = 0;
        for (int k = 0; k < size; k++) {
            int p = region[k];
            double m = magnitude[p];
            sum += m;
            cx += m * (p % w);
            cy += m * (p / w);
        }
        cx /= sum;
        cy /= sum;
        double ixx = 0;
        double iyy = 0;
        double ixy = 0;
        for (int k = 0; k < size; k++) {
            int p = region[k];
            double m = magnitude[p];
            double dx = p % w - cx;
            double dy = p / w - cy;
            ixx += m * dx * dx;
            iyy += m * dy * dy;
            ixy += m * dx * dy;
        }
        double theta = 0.5 * Math.atan2(2 * ixy, ixx - iyy);
        double ux = Math.cos(theta);
        double uy = Math.sin(theta);
        double lMin = Double.POSITIVE_INFINITY;
        double lMax = Double.NEGATIVE_INFINITY;
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            int p = region[k];
            double dx = p % w - cx;
            double dy = p / w - cy;
            double along = dx * ux + dy * uy;
            double across = -dx * uy + dy * ux;
            lMin = Math.min(lMin, along);
            lMax = Math.max(lMax, along);
            wMin = Math.min(wMin, across);
            wMax = Math.max(wMax, across);
        }
        double length = lMax - lMin + 1;
        // Not + 1 across: a slanted edge two pixels thick spreads over about two pixels across, not three.
        double width = Math.max(1, wMax - wMin);
        if (length < minLength || size < MIN_DENSITY * length * width) {
            return null;
        }
        // Pixel centres sit half a pixel inside the 2 × 2 window the gradient was measured on.
        double ox = cx + 0.5;
        double oy = cy + 0.5;
        return new Segment(ox + lMin * ux, oy + lMin * uy, ox + lMax * ux, oy + lMax * uy);
    }
}
