package io.github.parallaxlayers.refine;

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
        return guide.length >= 3 ? colour(guide, input, w, h, radius, eps) : grey(guide[0], input, w, h, radius, eps);
    }

    private static float[] grey(float[] g, float[] p, int w, int h, int r, double eps) {
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
        float[] meanA = BoxFilter.mean(a, w, h, r);
        float[] meanB = BoxFilter.mean(b, w, h, r);
        float[] q = new float[n];
        for (int i = 0; i < n; i++) {
            q[i] = meanA[i] * g[i] + meanB[i];
        }
        return q;
    }

    private static float[] colour(float[][] guide, float[] p, int w, int h, int r, double eps) {
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
        float[] mar = BoxFilter.mean(ar, w, h, r);
        float[] mag = BoxFilter.mean(ag, w, h, r);
        float[] mab = BoxFilter.mean(ab, w, h, r);
        float[] mbb = BoxFilter.mean(b, w, h, r);
        float[] q = new float[n];
        for (int i = 0; i < n; i++) {
            q[i] = mar[i] * ir[i] + mag[i] * ig[i] + mab[i] * ib[i] + mbb[i];
        }
        return q;
    }

    private static float[] product(float[] a, float[] b, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] * b[i];
        }
        return out;
    }
}
