package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.ProgressListener;

/**
 * Bilinear resize of NHWC class logits (pixel centres aligned, align_corners = false) to the plate's size,
 * then argmax per pixel (lowest index wins a tie). Exact shortcut: where the four source cells around a pixel
 * share one argmax, any convex combination of their logit vectors has that argmax too, so the 21-class
 * interpolation is only computed near class boundaries. The cost stays linear in the plate's pixel count.
 */
final class LogitUpsampler {
    private LogitUpsampler() {
    }

    /** @param logits srcH × srcW × classes, row by row */
    static byte[] labels(float[] logits, int srcW, int srcH, int classes, int width, int height,
                         ProgressListener progress) {
        byte[] sourceArgmax = argmax(logits, srcW * srcH, classes);
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        float[] fx = new float[width];
        axis(srcW, width, x0, x1, fx);
        int[] y0 = new int[height];
        int[] y1 = new int[height];
        float[] fy = new float[height];
        axis(srcH, height, y0, y1, fy);
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            if ((y & 63) == 0) {
                progress.checkCancelled();
            }
            int rowA = y0[y] * srcW;
            int rowB = y1[y] * srcW;
            float wy = fy[y];
            int o = y * width;
            for (int x = 0; x < width; x++) {
                int a = rowA + x0[x];
                int b = rowA + x1[x];
                int c = rowB + x0[x];
                int d = rowB + x1[x];
                byte la = sourceArgmax[a];
                if (la == sourceArgmax[b] && la == sourceArgmax[c] && la == sourceArgmax[d]) {
                    out[o + x] = la;
                } else {
                    out[o + x] = (byte) blendArgmax(logits, classes, a, b, c, d, fx[x], wy);
                }
            }
        }
        return out;
    }

    private static int blendArgmax(float[] logits, int classes, int a, int b, int c, int d, float wx, float wy) {
        float wa = (1 - wx) * (1 - wy);
        float wb = wx * (1 - wy);
        float wc = (1 - wx) * wy;
        float wd = wx * wy;
        int pa = a * classes;
        int pb = b * classes;
        int pc = c * classes;
        int pd = d * classes;
        int best = 0;
        float bestValue = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            float v = wa * logits[pa + k] + wb * logits[pb + k] + wc * logits[pc + k] + wd * logits[pd + k];
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        return best;
    }

    static byte[] argmax(float[] logits, int pixels, int classes) {
        byte[] out = new byte[pixels];
        for (int p = 0; p < pixels; p++) {
            int base = p * classes;
            int best = 0;
            float bestValue = logits[base];
            for (int k = 1; k < classes; k++) {
                float v = logits[base + k];
                if (v > bestValue) {
                    bestValue = v;
                    best = k;
                }
            }
            out[p] = (byte) best;
        }
        return out;
    }

    /** Source neighbours and weight of the second for each output index (edges clamp). */
    static void axis(int from, int to, int[] lo, int[] hi, float[] frac) {
        double scale = from / (double) to;
        for (int o = 0; o < to; o++) {
            double s = Math.max(0, (o + 0.5) * scale - 0.5);
            int i = Math.min((int) s, from - 1);
            lo[o] = i;
            hi[o] = Math.min(i + 1, from - 1);
            frac[o] = (float) (s - i);
        }
    }
}
