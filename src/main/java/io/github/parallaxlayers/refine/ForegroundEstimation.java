package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.ProgressListener;

/**
 * Decontamination of soft edges: the foreground colour F (and background colour B) behind each pixel of a soft
 * alpha edge, so that a layer carried over another background shows neither the old background's colour nor a
 * dark fringe. Solves I = αF + (1 − α)B for F and B with smoothness terms weighted by the alpha gradient, coarse to
 * fine, after Germer, Uelwer, Conrad and Harmeling, "Fast Multi-Level Foreground Estimation" (ICPR 2020): at every
 * level, from 1 × 1 up to the image's size, F and B are upsampled (nearest) and refined by a few sweeps in which each
 * pixel solves its 2 × 2 least-squares system given its four neighbours.
 */
public final class ForegroundEstimation {
    /** ε of the paper: keeps the system regular where alpha is flat. */
    private static final double REGULARIZATION = 1e-5;
    /** Weight of the alpha-difference term of the smoothness weights. */
    private static final double GRADIENT_WEIGHT = 1;
    /** Sweeps per level: many on the small levels (cheap), two on the large ones. */
    private static final int SMALL_ITERATIONS = 10;
    private static final int BIG_ITERATIONS = 2;
    private static final int SMALL_SIZE = 32;

    private ForegroundEstimation() {
    }

    /**
     * @param image three planes (red, green, blue) of w × h values in 0–1
     * @param alpha w × h values in 0–1
     * @return the foreground colour, three planes in 0–1; where alpha is 1 it equals the image
     */
    public static float[][] foreground(float[][] image, float[] alpha, int w, int h, ProgressListener progress) {
        int levels = (int) Math.ceil(Math.log(Math.max(w, h)) / Math.log(2));
        // start from the alpha-weighted mean colours at 1 × 1
        float[][] f = new float[3][1];
        float[][] b = new float[3][1];
        double wf = 0;
        double wb = 0;
        for (int i = 0; i < w * h; i++) {
            wf += alpha[i];
            wb += 1 - alpha[i];
        }
        for (int c = 0; c < 3; c++) {
            double sf = 0;
            double sb = 0;
            for (int i = 0; i < w * h; i++) {
                sf += alpha[i] * image[c][i];
                sb += (1 - alpha[i]) * image[c][i];
            }
            f[c][0] = (float) (wf > 0 ? sf / wf : 0.5);
            b[c][0] = (float) (wb > 0 ? sb / wb : 0.5);
        }
        int pw = 1;
        int ph = 1;
        for (int level = 0; level <= levels; level++) {
            progress.checkCancelled();
            int lw = levels == 0 ? w : (int) Math.round(Math.pow(w, level / (double) levels));
            int lh = levels == 0 ? h : (int) Math.round(Math.pow(h, level / (double) levels));
            lw = Math.max(1, lw);
            lh = Math.max(1, lh);
            float[][] li = new float[3][];
            for (int c = 0; c < 3; c++) {
                li[c] = nearest(image[c], w, h, lw, lh);
                f[c] = nearest(f[c], pw, ph, lw, lh);
                b[c] = nearest(b[c], pw, ph, lw, lh);
            }
            float[] la = nearest(alpha, w, h, lw, lh);
            int iterations = Math.min(lw, lh) <= SMALL_SIZE ? SMALL_ITERATIONS : BIG_ITERATIONS;
            for (int it = 0; it < iterations; it++) {
                sweep(li, la, f, b, lw, lh);
            }
            pw = lw;
            ph = lh;
            progress.progress((level + 1) / (double) (levels + 1), "Estimating foreground colours");
        }
        return f;
    }

    /** One Gauss–Seidel sweep: each pixel's F and B from its 2 × 2 system, neighbours as they are now. */
    private static void sweep(float[][] image, float[] alpha, float[][] f, float[][] b, int w, int h) {
        int[] dx = {-1, 1, 0, 0};
        int[] dy = {0, 0, -1, 1};
        double[] b0 = new double[3];
        double[] b1 = new double[3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double a0 = alpha[i];
                double a1 = 1 - a0;
                // ε on the diagonal too: a pixel without neighbours (the 1 × 1 level) has a singular system
                double a00 = a0 * a0 + REGULARIZATION;
                double a01 = a0 * a1;
                double a11 = a1 * a1 + REGULARIZATION;
                for (int c = 0; c < 3; c++) {
                    b0[c] = a0 * image[c][i];
                    b1[c] = a1 * image[c][i];
                }
                for (int k = 0; k < 4; k++) {
                    int x2 = x + dx[k];
                    int y2 = y + dy[k];
                    if (x2 < 0 || x2 >= w || y2 < 0 || y2 >= h) {
                        continue;
                    }
                    int j = y2 * w + x2;
                    double da = REGULARIZATION + GRADIENT_WEIGHT * Math.abs(a0 - alpha[j]);
                    a00 += da;
                    a11 += da;
                    for (int c = 0; c < 3; c++) {
                        b0[c] += da * f[c][j];
                        b1[c] += da * b[c][j];
                    }
                }
                double inverse = 1 / (a00 * a11 - a01 * a01);
                for (int c = 0; c < 3; c++) {
                    f[c][i] = clamp(inverse * (a11 * b0[c] - a01 * b1[c]));
                    b[c][i] = clamp(inverse * (a00 * b1[c] - a01 * b0[c]));
                }
            }
        }
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }

    private static float[] nearest(float[] src, int sw, int sh, int dw, int dh) {
        if (sw == dw && sh == dh) {
            return src.clone();
        }
        float[] out = new float[dw * dh];
        for (int y = 0; y < dh; y++) {
            int sy = Math.min(sh - 1, y * sh / dh);
            for (int x = 0; x < dw; x++) {
                out[y * dw + x] = src[sy * sw + Math.min(sw - 1, x * sw / dw)];
            }
        }
        return out;
    }
}
