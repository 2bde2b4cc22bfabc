package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Parallel;

/**
 * The guided filter of He, Sun and Tang ("Guided Image Filtering", ECCV 2010 / TPAMI 2013): an edge-preserving
 * smoothing of an input (here a mask's alpha) whose output is locally a linear function of the guide (the plate),
 * so a soft matte edge snaps to the plate's own edges — hair, leaves, branches against the sky. With a colour
 * guide the per-window model uses the 3×3 colour covariance (their eq. 19–21), which separates edges that have
 * the same brightness but different colours.
 */
public final class GuidedFilter {

    private GuidedFilter() {
    }

    /**
     * @param guide  one (grey) or three (RGB) channels scaled to about 0–1
     * @param input  the values to filter, e.g. alpha in 0–1
     * @param radius window radius in px
     * @param eps    regularisation (in guide units²): larger = smoother, typical 1e-4 to 1e-2
     */
    public static float[] filter(float[][] guide, float[] input, int w, int h, int radius, double eps) {
        return filter(guide, input, w, h, radius, eps, 1);
    }

    /**
     * The fast guided filter (He and Sun, "Fast Guided Filter", arXiv:1505.00996, 2015): the linear coefficients
     * are computed on a copy reduced {@code subsample} times (area average) with radius r/s, then upsampled
     * bilinearly and applied to the full-resolution guide. Cost falls by about s²; the output keeps the full
     * guide's edges because the last step uses the full-resolution guide.
     */
    public static float[] filter(float[][] guide, float[] input, int w, int h, int radius, double eps,
                                 int subsample) {
        int s = Math.max(1, subsample);
        int channels = guide.length >= 3 ? 3 : 1;
        float[][] g = new float[channels][];
        int lw = (w + s - 1) / s;
        int lh = (h + s - 1) / s;
        for (int c = 0; c < channels; c++) {
            g[c] = s == 1 ? guide[c] : reduce(guide[c], w, h, s);
        }
        float[] p = s == 1 ? input : reduce(input, w, h, s);
        int r = Math.max(1, Math.round(radius / (float) s));
        float[][] coefficients = channels == 3 ? colour(g, p, lw, lh, r, eps) : grey(g[0], p, lw, lh, r, eps);
        float[] q = new float[w * h];
        Parallel.rows(h, (from, to) -> upsampleAndApply(coefficients, guide, q, w, lw, lh, s, channels, from, to));
        return q;
    }

    private static void upsampleAndApply(float[][] coefficients, float[][] guide, float[] q, int w, int lw, int lh,
                                         int s, int channels, int fromRow, int toRow) {
        for (int y = fromRow; y < toRow; y++) {
            // bilinear sample of the coarse coefficients at the centre of full-resolution pixel (x, y)
            float fy = Math.max(0, Math.min(lh - 1, (y + 0.5f) / s - 0.5f));
            int y0 = (int) fy;
            int y1 = Math.min(lh - 1, y0 + 1);
            float ty = fy - y0;
            for (int x = 0; x < w; x++) {
                float fx = Math.max(0, Math.min(lw - 1, (x + 0.5f) / s - 0.5f));
                int x0 = (int) fx;
                int x1 = Math.min(lw - 1, x0 + 1);
                float tx = fx - x0;
                int i = y * w + x;
                float value = 0;
                for (int k = 0; k <= channels; k++) {
                    float[] a = coefficients[k];
                    float top = a[y0 * lw + x0] + tx * (a[y0 * lw + x1] - a[y0 * lw + x0]);
                    float bottom = a[y1 * lw + x0] + tx * (a[y1 * lw + x1] - a[y1 * lw + x0]);
                    float coefficient = top + ty * (bottom - top);
                    value += k < channels ? coefficient * guide[k][i] : coefficient;
                }
                q[i] = value;
            }
        }
    }

    /** Area average over s × s blocks (the last block of a row or column may be smaller). */
    private static float[] reduce(float[] in, int w, int h, int s) {
        int lw = (w + s - 1) / s;
        int lh = (h + s - 1) / s;
        float[] out = new float[lw * lh];
        Parallel.rows(lh, (from, to) -> {
            for (int ly = from; ly < to; ly++) {
                int y0 = ly * s;
                int y1 = Math.min(h, y0 + s);
                for (int lx = 0; lx < lw; lx++) {
                    int x0 = lx * s;
                    int x1 = Math.min(w, x0 + s);
                    float sum = 0;
                    for (int y = y0; y < y1; y++) {
                        int row = y * w;
                        for (int x = x0; x < x1; x++) {
                            sum += in[row + x];
                        }
                    }
                    out[ly * lw + lx] = sum / ((y1 - y0) * (x1 - x0));
                }
            }
        });
        return out;
    }

    /** Box-averaged coefficients {mean a, mean b} of the grey guided filter. */
    private static float[][] grey(float[] g, float[] p, int w, int h, int r, double eps) {
        int n = p.length;
        float[] meanI = BoxFilter.mean(g, w, h, r);
        float[] meanP = BoxFilter.mean(p, w, h, r);
        float[] ii = new float[n];
        float[] ip = new float[n];
        for (int i = 0; i < n; i++) {
            ii[i] = g[i] * g[i];
            ip[i] = g[i] * p[i];
        }
        float[] corrI = BoxFilter.mean(ii, w, h, r);
        float[] corrIp = BoxFilter.mean(ip, w, h, r);
        float[] a = ii;
        float[] b = ip;
        for (int i = 0; i < n; i++) {
            float var = corrI[i] - meanI[i] * meanI[i];
            float cov = corrIp[i] - meanI[i] * meanP[i];
            a[i] = (float) (cov / (var + eps));
            b[i] = meanP[i] - a[i] * meanI[i];
        }
        return new float[][] {BoxFilter.mean(a, w, h, r), BoxFilter.mean(b, w, h, r)};
    }

    /** Box-averaged coefficients {mean a_r, mean a_g, mean a_b, mean b} of the colour guided filter. */
    private static float[][] colour(float[][] guide, float[] p, int w, int h, int r, double eps) {
        int n = p.length;
        float[] ir = guide[0];
        float[] ig = guide[1];
        float[] ib = guide[2];
        float[] mr = BoxFilter.mean(ir, w, h, r);
        float[] mg = BoxFilter.mean(ig, w, h, r);
        float[] mb = BoxFilter.mean(ib, w, h, r);
        float[] mp = BoxFilter.mean(p, w, h, r);
        float[] tmp = new float[n];
        float[] vrr = BoxFilter.mean(product(ir, ir, tmp), w, h, r);
        float[] vrg = BoxFilter.mean(product(ir, ig, tmp), w, h, r);
        float[] vrb = BoxFilter.mean(product(ir, ib, tmp), w, h, r);
        float[] vgg = BoxFilter.mean(product(ig, ig, tmp), w, h, r);
        float[] vgb = BoxFilter.mean(product(ig, ib, tmp), w, h, r);
        float[] vbb = BoxFilter.mean(product(ib, ib, tmp), w, h, r);
        float[] cr = BoxFilter.mean(product(ir, p, tmp), w, h, r);
        float[] cg = BoxFilter.mean(product(ig, p, tmp), w, h, r);
        float[] cb = BoxFilter.mean(product(ib, p, tmp), w, h, r);
        // Reuse the covariance arrays for the coefficients once each pixel's 3×3 system is solved.
        float[] ar = cr;
        float[] ag = cg;
        float[] ab = cb;
        float[] b = tmp;
        for (int i = 0; i < n; i++) {
            double rr = vrr[i] - mr[i] * mr[i] + eps;
            double rg = vrg[i] - mr[i] * mg[i];
            double rb = vrb[i] - mr[i] * mb[i];
            double gg = vgg[i] - mg[i] * mg[i] + eps;
            double gb = vgb[i] - mg[i] * mb[i];
            double bb = vbb[i] - mb[i] * mb[i] + eps;
            double covR = cr[i] - mr[i] * mp[i];
            double covG = cg[i] - mg[i] * mp[i];
            double covB = cb[i] - mb[i] * mp[i];
            // inverse of the symmetric 3×3 matrix by cofactors
            double c00 = gg * bb - gb * gb;
            double c01 = gb * rb - rg * bb;
            double c02 = rg * gb - gg * rb;
            double c11 = rr * bb - rb * rb;
            double c12 = rb * rg - rr * gb;
            double c22 = rr * gg - rg * rg;
            double det = rr * c00 + rg * c01 + rb * c02;
            double x = (c00 * covR + c01 * covG + c02 * covB) / det;
            double y = (c01 * covR + c11 * covG + c12 * covB) / det;
            double z = (c02 * covR + c12 * covG + c22 * covB) / det;
            ar[i] = (float) x;
            ag[i] = (float) y;
            ab[i] = (float) z;
            b[i] = (float) (mp[i] - x * mr[i] - y * mg[i] - z * mb[i]);
        }
        return new float[][] {BoxFilter.mean(ar, w, h, r), BoxFilter.mean(ag, w, h, r), BoxFilter.mean(ab, w, h, r),
                BoxFilter.mean(b, w, h, r)};
    }

    private static float[] product(float[] a, float[] b, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] * b[i];
        }
        return out;
    }
}
