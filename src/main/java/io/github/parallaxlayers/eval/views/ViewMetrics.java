package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Parallel;

/**
 * Image fidelity of a synthesised view against the true view, over a chosen set of pixels.
 * <ul>
 * <li>PSNR: 10·log10(255² / MSE), the MSE over the red, green and blue samples (8-bit) of the chosen pixels;
 * +∞ when they are identical, NaN when no pixel is chosen.</li>
 * <li>SSIM: Wang, Bovik, Sheikh &amp; Simoncelli 2004 on luma (Y = 0.299 R + 0.587 G + 0.114 B, 0–255), local
 * statistics under an 11×11 Gaussian window with σ = 1.5, K1 = 0.01, K2 = 0.03, L = 255; the window is cut at the
 * image border and renormalised, so every pixel has a value; the score is the mean of the SSIM map over the
 * chosen pixels (the windows themselves see every pixel).</li>
 * </ul>
 */
public final class ViewMetrics {
    static final int RADIUS = 5;
    static final double SIGMA = 1.5;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private ViewMetrics() {
    }

    /** PSNR in dB of packed RGB {@code result} against {@code truth} over the pixels where {@code chosen} is true. */
    public static double psnr(int[] result, int[] truth, boolean[] chosen) {
        checkSizes(result, truth, chosen);
        double sum = 0;
        long n = 0;
        for (int i = 0; i < truth.length; i++) {
            if (!chosen[i]) {
                continue;
            }
            int a = result[i];
            int b = truth[i];
            for (int shift = 0; shift <= 16; shift += 8) {
                double d = ((a >> shift) & 255) - ((b >> shift) & 255);
                sum += d * d;
            }
            n += 3;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double mse = sum / n;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** Mean SSIM (see the class comment) of {@code result} against {@code truth} over the chosen pixels. */
    public static double ssim(int[] result, int[] truth, int width, int height, boolean[] chosen) {
        checkSizes(result, truth, chosen);
        return meanOver(ssimMap(result, truth, width, height), chosen);
    }

    /** The per-pixel SSIM of two packed RGB images (on luma). */
    public static double[] ssimMap(int[] result, int[] truth, int width, int height) {
        return ssimMap(luma(result), luma(truth), width, height);
    }

    /** The mean of {@code map} over the chosen pixels, NaN when none is chosen. */
    public static double meanOver(double[] map, boolean[] chosen) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < map.length; i++) {
            if (chosen[i]) {
                sum += map[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The per-pixel SSIM of two luma images. */
    static double[] ssimMap(double[] x, double[] y, int width, int height) {
        int n = width * height;
        double[] xx = new double[n];
        double[] yy = new double[n];
        double[] xy = new double[n];
        for (int i = 0; i < n; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        double[] kernel = gaussian();
        double[] mx = blur(x, width, height, kernel);
        double[] my = blur(y, width, height, kernel);
        double[] sxx = blur(xx, width, height, kernel);
        double[] syy = blur(yy, width, height, kernel);
        double[] sxy = blur(xy, width, height, kernel);
        double[] map = new double[n];
        for (int i = 0; i < n; i++) {
            double ux = mx[i];
            double uy = my[i];
            double vx = Math.max(0, sxx[i] - ux * ux);
            double vy = Math.max(0, syy[i] - uy * uy);
            double cov = sxy[i] - ux * uy;
            map[i] = ((2 * ux * uy + C1) * (2 * cov + C2) / ((ux * ux + uy * uy + C1) * (vx + vy + C2)));
        }
        return map;
    }

    static double[] luma(int[] rgb) {
        double[] y = new double[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int v = rgb[i];
            y[i] = 0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255);
        }
        return y;
    }

    private static double[] gaussian() {
        double[] k = new double[2 * RADIUS + 1];
        for (int i = -RADIUS; i <= RADIUS; i++) {
            k[i + RADIUS] = Math.exp(-i * i / (2 * SIGMA * SIGMA));
        }
        return k;
    }

    /** Separable Gaussian blur with the window cut at the border and its weights renormalised. */
    private static double[] blur(double[] in, int width, int height, double[] k) {
        double[] alongRows = new double[in.length];
        pass(in, alongRows, width, height, k, true);
        double[] out = new double[in.length];
        pass(alongRows, out, width, height, k, false);
        return out;
    }

    /** One direction of {@link #blur}: along each row ({@code alongRows}) or along each column. */
    private static void pass(double[] in, double[] out, int width, int height, double[] k, boolean alongRows) {
        int step = alongRows ? 1 : width;
        int extent = alongRows ? width : height;
        Parallel.rows(height, (from, to) -> {
            for (int y = from; y < to; y++) {
                for (int x = 0; x < width; x++) {
                    int at = alongRows ? x : y;
                    int centre = y * width + x;
                    double s = 0;
                    double w = 0;
                    for (int d = -RADIUS; d <= RADIUS; d++) {
                        if (at + d >= 0 && at + d < extent) {
                            s += k[d + RADIUS] * in[centre + d * step];
                            w += k[d + RADIUS];
                        }
                    }
                    out[centre] = (s / w);
                }
            }
        });
    }

    private static void checkSizes(int[] result, int[] truth, boolean[] chosen) {
        if (result.length != truth.length || chosen.length != truth.length) {
            throw new IllegalArgumentException(result.length + ", " + truth.length + " and " + chosen.length
                    + " pixels");
        }
    }
}
