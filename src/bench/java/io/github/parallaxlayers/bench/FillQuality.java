package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Reconstruction measures for fills whose truth is known, on 8-bit RGB or grey plates: PSNR inside the hole and
 * over the whole image (all channels, peak 255), SSIM over the whole image (Wang et al. 2004, on BT.601 luma,
 * 11×11 Gaussian window σ = 1.5, K1 = 0.01, K2 = 0.03) and the texture-fidelity ratio — mean gradient magnitude
 * of the luma inside the hole, result over truth (central differences) — and the bidirectional patch distance
 * ({@link #patchDistance}) and the gradient-histogram distance ({@link #gradientHistogramDistance}), the perceptual
 * measure that does not reward blur.
 */
final class FillQuality {
    private FillQuality() {
    }

    static double psnr(Plate truth, Plate result, Mask region) {
        double sum = 0;
        long count = 0;
        for (int c = 0; c < truth.channels(); c++) {
            for (int i = 0; i < truth.size(); i++) {
                if (region == null || region.get(i)) {
                    double d = truth.sample(c, i) - result.sample(c, i);
                    sum += d * d;
                    count++;
                }
            }
        }
        double mse = sum / count;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static double textureRatio(Plate truth, Plate result, Mask hole) {
        return meanGradient(luma(result), truth.width(), truth.height(), hole)
                / meanGradient(luma(truth), truth.width(), truth.height(), hole);
    }

    /**
     * Texture of the hole's surroundings against the truth's inside it: the mean luma gradient magnitude of the
     * known pixels within the hole's own depth (largest distance from a hole pixel to the known part) of it,
     * divided by that of the truth in the hole. What a fill as textured as its surroundings would score as texture
     * ratio; below 0.8 when the hole hides an object more detailed than what is around it.
     */
    static double surroundTextureRatio(Plate truth, Mask hole) {
        float[] inside = DistanceTransform.squaredToOutside(hole);
        float depth2 = 0;
        for (float d : inside) {
            depth2 = Math.max(depth2, d);
        }
        float[] outside = DistanceTransform.squaredToInside(hole);
        Mask ring = Mask.empty(truth.width(), truth.height());
        for (int i = 0; i < outside.length; i++) {
            ring.set(i, !hole.get(i) && outside[i] <= depth2);
        }
        float[] l = luma(truth);
        return meanGradient(l, truth.width(), truth.height(), ring)
                / meanGradient(l, truth.width(), truth.height(), hole);
    }

    /** Magnitude bins of {@link #gradientHistogramDistance}: [0, 1), [1, 2), [2, 4), … [64, ∞) grey levels per px. */
    private static final int MAGNITUDE_BINS = 8;
    /** Orientation bins (over 0–180°) of every magnitude bin but the first, where orientation is noise. */
    private static final int ORIENTATION_BINS = 8;

    /**
     * Gradient-histogram distance: the total-variation distance (half the L1 distance, 0–1) between the normalised
     * joint histograms of the luma gradient inside the hole of the result and of the truth. Gradients by central
     * differences; bins by magnitude on a doubling scale (below 1, 1–2, 2–4, … 64 and above) and, above 1, by
     * orientation modulo 180° in 8 sectors. It compares what kind of detail the fill has, not where: a blur moves
     * the mass into the low-magnitude bins and scores high, a fill that invents noise or seams moves it up and scores
     * high too, a texture like the truth's in another place scores near 0. 0 = the same statistics, 1 = disjoint.
     */
    static double gradientHistogramDistance(Plate truth, Plate result, Mask hole) {
        double[] a = gradientHistogram(luma(truth), truth.width(), truth.height(), hole);
        double[] b = gradientHistogram(luma(result), truth.width(), truth.height(), hole);
        double d = 0;
        for (int k = 0; k < a.length; k++) {
            d += Math.abs(a[k] - b[k]);
        }
        return d / 2;
    }

    static double[] gradientHistogram(float[] v, int w, int h, Mask hole) {
        double[] hist = new double[1 + (MAGNITUDE_BINS - 1) * ORIENTATION_BINS];
        long count = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (!hole.get(i)) {
                    continue;
                }
                double gx = (v[i + 1] - v[i - 1]) * 0.5;
                double gy = (v[i + w] - v[i - w]) * 0.5;
                double m = Math.sqrt(gx * gx + gy * gy);
                int bin;
                if (m < 1) {
                    bin = 0;
                } else {
                    int mb = Math.min(MAGNITUDE_BINS - 1, 1 + (int) Math.floor(Math.log(m) / Math.log(2)));
                    double angle = Math.atan2(gy, gx);
                    if (angle < 0) {
                        angle += Math.PI;
                    }
                    int ob = Math.min(ORIENTATION_BINS - 1, (int) (angle / Math.PI * ORIENTATION_BINS));
                    bin = 1 + (mb - 1) * ORIENTATION_BINS + ob;
                }
                hist[bin]++;
                count++;
            }
        }
        for (int k = 0; k < hist.length; k++) {
            hist[k] /= Math.max(1, count);
        }
        return hist;
    }

    /** Side of the patches of {@link #patchDistance} (7×7, the patch fill's own size). */
    static final int PATCH = 7;
    private static final int PATCH_ITERATIONS = 8;

    /**
     * Bidirectional patch distance between the fill and the truth inside the hole (Simakov et al. 2008's
     * bidirectional similarity, the completion objective of Wexler et al. 2007 measured against the true content):
     * on BT.601 luma, with 7×7 patches centred on hole pixels (whole patches only), the mean over the result's
     * patches of the squared distance to the nearest truth patch (coherence: nothing the truth does not have), and
     * the mean over the truth's patches of that to the nearest result patch (completeness: everything the truth has);
     * the value is the square root of their average, per pixel, in grey levels (0 = the same patches). A blur fails
     * completeness (its patches lack the truth's detail), a texture copied out of place passes both as long as the
     * truth looks like it. Nearest patches are searched with PatchMatch (Barnes et al. 2009: 8 passes of propagation
     * and random search, fixed seed), so the value is an upper bound of the exact one, and deterministic.
     */
    static double patchDistance(Plate truth, Plate result, Mask hole) {
        int w = truth.width();
        int h = truth.height();
        int r = PATCH / 2;
        int[] centres = holeCentres(hole, w, h, r);
        if (centres.length == 0) {
            return 0;
        }
        float[] t = luma(truth);
        float[] f = luma(result);
        int[] index = new int[w * h];
        Arrays.fill(index, -1);
        for (int k = 0; k < centres.length; k++) {
            index[centres[k]] = k;
        }
        double coherence = nearestMean(f, t, centres, index, w, h, 11);
        double completeness = nearestMean(t, f, centres, index, w, h, 13);
        return Math.sqrt((coherence + completeness) / 2 / (PATCH * PATCH));
    }

    private static int[] holeCentres(Mask hole, int w, int h, int r) {
        int count = 0;
        int[] tmp = new int[hole.count()];
        for (int y = r; y < h - r; y++) {
            for (int x = r; x < w - r; x++) {
                if (hole.get(y * w + x)) {
                    tmp[count++] = y * w + x;
                }
            }
        }
        return Arrays.copyOf(tmp, count);
    }

    /**
     * Mean over the patches of {@code query} centred on {@code centres} of the squared distance to the nearest
     * patch of {@code pool} centred on one of the same centres.
     */
    private static double nearestMean(float[] query, float[] pool, int[] centres, int[] index, int w, int h,
            long seed) {
        int n = centres.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] match = new int[n];
        float[] best = new float[n];
        for (int k = 0; k < n; k++) {
            match[k] = random.nextInt(n);
            best[k] = ssd(query, centres[k], pool, centres[match[k]], w, Float.POSITIVE_INFINITY);
        }
        int maxRadius = 0;
        for (int c : centres) {
            maxRadius = Math.max(maxRadius, Math.max(c % w, c / w));
        }
        for (int it = 0; it < PATCH_ITERATIONS; it++) {
            boolean forward = it % 2 == 0;
            int step = forward ? -1 : 1;
            for (int o = 0; o < n; o++) {
                int k = forward ? o : n - 1 - o;
                int q = centres[k];
                // Propagation: the left/upper (or right/lower) neighbour's match, shifted by one.
                for (int d : new int[]{step, step * w}) {
                    int nk = index[q + d];
                    if (nk < 0) {
                        continue;
                    }
                    int shifted = centres[match[nk]] - d;
                    int cand = shifted >= 0 && shifted < index.length ? index[shifted] : -1;
                    if (cand >= 0) {
                        float s = ssd(query, q, pool, centres[cand], w, best[k]);
                        if (s < best[k]) {
                            best[k] = s;
                            match[k] = cand;
                        }
                    }
                }
                // Random search around the current match, halving the window.
                int mc = centres[match[k]];
                for (int rad = maxRadius; rad >= 1; rad /= 2) {
                    int cx = mc % w + random.nextInt(-rad, rad + 1);
                    int cy = mc / w + random.nextInt(-rad, rad + 1);
                    if (cx < 0 || cx >= w || cy < 0 || cy >= h || index[cy * w + cx] < 0) {
                        continue;
                    }
                    int cand = index[cy * w + cx];
                    float s = ssd(query, q, pool, centres[cand], w, best[k]);
                    if (s < best[k]) {
                        best[k] = s;
                        match[k] = cand;
                    }
                }
            }
        }
        double sum = 0;
        for (float b : best) {
            sum += b;
        }
        return sum / n;
    }

    /** Squared distance of two 7×7 luma patches, abandoned once above {@code limit}. */
    private static float ssd(float[] a, int ca, float[] b, int cb, int w, float limit) {
        int r = PATCH / 2;
        float s = 0;
        for (int dy = -r; dy <= r; dy++) {
            int ra = ca + dy * w;
            int rb = cb + dy * w;
            for (int dx = -r; dx <= r; dx++) {
                float d = a[ra + dx] - b[rb + dx];
                s += d * d;
            }
            if (s > limit) {
                return s;
            }
        }
        return s;
    }

    static double ssim(Plate truth, Plate result) {
        int w = truth.width();
        int h = truth.height();
        float[] x = luma(truth);
        float[] y = luma(result);
        float[] mx = blur(x, w, h);
        float[] my = blur(y, w, h);
        float[] xx = new float[x.length];
        float[] yy = new float[x.length];
        float[] xy = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        float[] sxx = blur(xx, w, h);
        float[] syy = blur(yy, w, h);
        float[] sxy = blur(xy, w, h);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double sum = 0;
        int count = 0;
        // Only windows wholly inside the image, as in the reference implementation ('valid' filtering).
        for (int r = 5; r < h - 5; r++) {
            for (int c = 5; c < w - 5; c++) {
                int i = r * w + c;
                double ux = mx[i];
                double uy = my[i];
                double vx = sxx[i] - ux * ux;
                double vy = syy[i] - uy * uy;
                double cov = sxy[i] - ux * uy;
                sum += ((2 * ux * uy + c1) * (2 * cov + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
                count++;
            }
        }
        return sum / count;
    }

    static float[] luma(Plate p) {
        float[] out = new float[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.channels() == 3
                    ? 0.299f * p.sample(0, i) + 0.587f * p.sample(1, i) + 0.114f * p.sample(2, i)
                    : p.sample(0, i);
        }
        return out;
    }

    private static double meanGradient(float[] v, int w, int h, Mask hole) {
        double sum = 0;
        long count = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (hole.get(i)) {
                    double gx = (v[i + 1] - v[i - 1]) * 0.5;
                    double gy = (v[i + w] - v[i - w]) * 0.5;
                    sum += Math.sqrt(gx * gx + gy * gy);
                    count++;
                }
            }
        }
        return sum / Math.max(1, count);
    }

    private static float[] blur(float[] v, int w, int h) {
        int radius = 5;
        float[] k = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-(i * i) / (2 * 1.5 * 1.5));
            total += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= total;
        }
        float[] tmp = new float[v.length];
        float[] out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = radius; x < w - radius; x++) {
                float s = 0;
                for (int j = -radius; j <= radius; j++) {
                    s += k[j + radius] * v[y * w + x + j];
                }
                tmp[y * w + x] = s;
            }
        }
        for (int y = radius; y < h - radius; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int j = -radius; j <= radius; j++) {
                    s += k[j + radius] * tmp[(y + j) * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }
}
