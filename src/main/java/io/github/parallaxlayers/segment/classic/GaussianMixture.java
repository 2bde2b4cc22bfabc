package io.github.parallaxlayers.segment.classic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A colour model as in GrabCut (Rother, Kolmogorov and Blake, "GrabCut", SIGGRAPH 2004): a mixture of K
 * full-covariance Gaussians over d channels (1 for grey plates, 3 for RGB), initialised by k-means++ with a fixed
 * seed and refined by hard EM (each sample goes to its most likely component, then the parameters are
 * re-estimated). Samples are given as pixel indices into channel arrays, so nothing is copied.
 */
final class GaussianMixture {
    /** Added to covariance diagonals: keeps flat synthetic colours and single-colour clicks well-posed. */
    private static final double VARIANCE_FLOOR = 1e-4;
    private static final int KMEANS_SAMPLES = 4000;
    private static final int KMEANS_ROUNDS = 8;

    private final int d;
    private final int k;
    private final double[] mean;
    private final double[] inverse;
    private final double[] logNorm;
    private final boolean[] used;
    private final double[] scratch;

    GaussianMixture(int channels, int components) {
        d = channels;
        k = components;
        mean = new double[k * d];
        inverse = new double[k * d * d];
        logNorm = new double[k];
        used = new boolean[k];
        scratch = new double[k];
    }

    /** Fits from scratch: k-means++ on a fixed-seed subsample, then one estimation pass over all samples. */
    void fit(float[][] channels, int[] samples, int count, long seed) {
        if (count == 0) {
            Arrays.fill(used, false);
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int m = Math.min(count, KMEANS_SAMPLES);
        int[] sub = new int[m];
        for (int s = 0; s < m; s++) {
            sub[s] = samples[m == count ? s : (int) ((long) s * count / m)];
        }
        int kk = Math.min(k, m);
        double[] centres = new double[kk * d];
        double[] nearest = new double[m];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int pick = sub[random.nextInt(m)];
        for (int c = 0; c < kk; c++) {
            for (int ch = 0; ch < d; ch++) {
                centres[c * d + ch] = channels[ch][pick];
            }
            double total = 0;
            for (int s = 0; s < m; s++) {
                double dd = squaredDistance(channels, sub[s], centres, c);
                if (dd < nearest[s]) {
                    nearest[s] = dd;
                }
                total += nearest[s];
            }
            if (c + 1 < kk) {
                double target = random.nextDouble() * total;
                int chosen = m - 1;
                for (int s = 0; s < m; s++) {
                    target -= nearest[s];
                    if (target <= 0) {
                        chosen = s;
                        break;
                    }
                }
                pick = sub[chosen];
            }
        }
        int[] label = new int[m];
        double[] sums = new double[kk * d];
        int[] counts = new int[kk];
        for (int round = 0; round < KMEANS_ROUNDS; round++) {
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int s = 0; s < m; s++) {
                int best = nearestCentre(channels, sub[s], centres, kk);
                label[s] = best;
                counts[best]++;
                for (int ch = 0; ch < d; ch++) {
                    sums[best * d + ch] += channels[ch][sub[s]];
                }
            }
            for (int c = 0; c < kk; c++) {
                if (counts[c] > 0) {
                    for (int ch = 0; ch < d; ch++) {
                        centres[c * d + ch] = sums[c * d + ch] / counts[c];
                    }
                }
            }
        }
        int[] assignment = new int[count];
        for (int s = 0; s < count; s++) {
            assignment[s] = nearestCentre(channels, samples[s], centres, kk);
        }
        estimate(channels, samples, count, assignment);
    }

    /** The k-means centre nearest to pixel {@code sample} (the first of equals). */
    private int nearestCentre(float[][] channels, int sample, double[] centres, int kk) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < kk; c++) {
            double dd = squaredDistance(channels, sample, centres, c);
            if (dd < bestD) {
                bestD = dd;
                best = c;
            }
        }
        return best;
    }

    /** One hard-EM step: assign every sample to its most likely component, then re-estimate. */
    void refine(float[][] channels, int[] samples, int count) {
        if (count == 0) {
            Arrays.fill(used, false);
            return;
        }
        int[] assignment = new int[count];
        double[] x = new double[d];
        for (int s = 0; s < count; s++) {
            load(channels, samples[s], x);
            int best = 0;
            double bestLog = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (used[c]) {
                    double l = componentLog(c, x);
                    if (l > bestLog) {
                        bestLog = l;
                        best = c;
                    }
                }
            }
            assignment[s] = best;
        }
        estimate(channels, samples, count, assignment);
    }

    boolean isEmpty() {
        for (boolean u : used) {
            if (u) {
                return false;
            }
        }
        return true;
    }

    /** −log p(x) under the mixture, in nats. */
    double negativeLog(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        double[] logs = scratch;
        for (int c = 0; c < k; c++) {
            logs[c] = used[c] ? componentLog(c, x) : Double.NEGATIVE_INFINITY;
            max = Math.max(max, logs[c]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            if (used[c]) {
                sum += Math.exp(logs[c] - max);
            }
        }
        return -(max + Math.log(sum));
    }

    /** −log p for every pixel in {@code [0, n)} of the channel arrays, written into {@code out}. */
    void negativeLogAll(float[][] channels, int n, float[] out) {
        if (d != 3) {
            double[] x = new double[d];
            for (int i = 0; i < n; i++) {
                load(channels, i, x);
                out[i] = (float) negativeLog(x);
            }
            return;
        }
        // Unrolled for colour: this loop runs over every working pixel twice per round.
        int live = 0;
        int[] index = new int[k];
        for (int c = 0; c < k; c++) {
            if (used[c]) {
                index[live++] = c;
            }
        }
        if (live == 0) {
            java.util.Arrays.fill(out, 0, n, 0f);
            return;
        }
        double[] m0 = new double[live], m1 = new double[live], m2 = new double[live];
        double[] a = new double[live], b = new double[live], c2 = new double[live];
        double[] e = new double[live], f = new double[live], g = new double[live];
        double[] norm = new double[live];
        for (int t = 0; t < live; t++) {
            int c = index[t];
            m0[t] = mean[c * 3];
            m1[t] = mean[c * 3 + 1];
            m2[t] = mean[c * 3 + 2];
            int o = c * 9;
            a[t] = inverse[o];
            b[t] = 2 * inverse[o + 1];
            c2[t] = 2 * inverse[o + 2];
            e[t] = inverse[o + 4];
            f[t] = 2 * inverse[o + 5];
            g[t] = inverse[o + 8];
            norm[t] = logNorm[c];
        }
        float[] r = channels[0], gr = channels[1], bl = channels[2];
        double[] logs = scratch;
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < live; t++) {
                double x0 = r[i] - m0[t], x1 = gr[i] - m1[t], x2 = bl[i] - m2[t];
                double q = a[t] * x0 * x0 + b[t] * x0 * x1 + c2[t] * x0 * x2 + e[t] * x1 * x1 + f[t] * x1 * x2
                        + g[t] * x2 * x2;
                double l = norm[t] - 0.5 * q;
                logs[t] = l;
                if (l > max) {
                    max = l;
                }
            }
            double sum = 0;
            for (int t = 0; t < live; t++) {
                double diff = logs[t] - max;
                if (diff > -30) {
                    sum += Math.exp(diff);
                }
            }
            out[i] = (float) -(max + Math.log(sum));
        }
    }

    private double componentLog(int c, double[] x) {
        double q;
        if (d == 1) {
            double dx = x[0] - mean[c];
            q = dx * dx * inverse[c];
        } else {
            int mo = c * d;
            int io = c * d * d;
            q = 0;
            for (int r = 0; r < d; r++) {
                double dr = x[r] - mean[mo + r];
                double row = 0;
                for (int s = 0; s < d; s++) {
                    row += inverse[io + r * d + s] * (x[s] - mean[mo + s]);
                }
                q += dr * row;
            }
        }
        return logNorm[c] - 0.5 * q;
    }

    private void estimate(float[][] channels, int[] samples, int count, int[] assignment) {
        double[] sum = new double[k * d];
        double[] prod = new double[k * d * d];
        int[] n = new int[k];
        for (int s = 0; s < count; s++) {
            int c = assignment[s];
            int i = samples[s];
            n[c]++;
            for (int r = 0; r < d; r++) {
                double vr = channels[r][i];
                sum[c * d + r] += vr;
                for (int q = r; q < d; q++) {
                    prod[c * d * d + r * d + q] += vr * channels[q][i];
                }
            }
        }
        double[] cov = new double[d * d];
        for (int c = 0; c < k; c++) {
            used[c] = n[c] > 0;
            if (!used[c]) {
                continue;
            }
            for (int r = 0; r < d; r++) {
                mean[c * d + r] = sum[c * d + r] / n[c];
            }
            for (int r = 0; r < d; r++) {
                for (int q = r; q < d; q++) {
                    double v = prod[c * d * d + r * d + q] / n[c] - mean[c * d + r] * mean[c * d + q];
                    cov[r * d + q] = v;
                    cov[q * d + r] = v;
                }
                cov[r * d + r] += VARIANCE_FLOOR;
            }
            double det = invert(cov, inverse, c * d * d);
            logNorm[c] = Math.log((double) n[c] / count) - 0.5 * Math.log(det) - 0.5 * d * Math.log(2 * Math.PI);
        }
    }

    /** Inverts a symmetric positive-definite d×d matrix (d ≤ 3) into {@code out} at {@code offset}; returns det. */
    private double invert(double[] m, double[] out, int offset) {
        if (d == 1) {
            out[offset] = 1 / m[0];
            return m[0];
        }
        if (d != 3) {
            throw new IllegalStateException("colour models support 1 or 3 channels, not " + d);
        }
        double a = m[0], b = m[1], c = m[2], e = m[4], f = m[5], i = m[8];
        double c00 = e * i - f * f;
        double c01 = c * f - b * i;
        double c02 = b * f - c * e;
        double det = a * c00 + b * c01 + c * c02;
        if (!(det > 1e-300)) {
            det = 1e-300;
        }
        double inv = 1 / det;
        out[offset] = c00 * inv;
        out[offset + 1] = c01 * inv;
        out[offset + 2] = c02 * inv;
        out[offset + 3] = c01 * inv;
        out[offset + 4] = (a * i - c * c) * inv;
        out[offset + 5] = (b * c - a * f) * inv;
        out[offset + 6] = c02 * inv;
        out[offset + 7] = (b * c - a * f) * inv;
        out[offset + 8] = (a * e - b * b) * inv;
        return det;
    }

    private void load(float[][] channels, int i, double[] x) {
        for (int ch = 0; ch < d; ch++) {
            x[ch] = channels[ch][i];
        }
    }

    private double squaredDistance(float[][] channels, int i, double[] centres, int c) {
        double s = 0;
        for (int ch = 0; ch < d; ch++) {
            double v = channels[ch][i] - centres[c * d + ch];
            s += v * v;
        }
        return s;
    }
}
