package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.mask.Mask;

/**
 * Square low-resolution logits resized bilinearly (pixel centres aligned, align_corners = false) to a plate and
 * thresholded at 0, without building the full-resolution float image: each output row blends two source rows
 * that were first interpolated along x once per row pair.
 */
final class LowResUpsampler {
    private LowResUpsampler() {
    }

    static Mask threshold(float[] logits, int offset, int side, int width, int height) {
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        float[] fx = new float[width];
        axis(side, width, x0, x1, fx);
        int[] y0 = new int[height];
        int[] y1 = new int[height];
        float[] fy = new float[height];
        axis(side, height, y0, y1, fy);
        byte[] data = new byte[width * height];
        Parallel.rows(height, (from, to) -> {
            float[] top = new float[width];
            float[] bottom = new float[width];
            int cachedTop = -1;
            int cachedBottom = -1;
            for (int y = from; y < to; y++) {
                if (y0[y] != cachedTop) {
                    rowAlongX(logits, offset + y0[y] * side, x0, x1, fx, top);
                    cachedTop = y0[y];
                }
                if (y1[y] != cachedBottom) {
                    rowAlongX(logits, offset + y1[y] * side, x0, x1, fx, bottom);
                    cachedBottom = y1[y];
                }
                float f = fy[y];
                int base = y * width;
                for (int x = 0; x < width; x++) {
                    if (top[x] + f * (bottom[x] - top[x]) > 0f) {
                        data[base + x] = Mask.ON;
                    }
                }
            }
        });
        return Mask.wrap(width, height, data);
    }

    private static void rowAlongX(float[] logits, int rowStart, int[] x0, int[] x1, float[] fx, float[] out) {
        for (int x = 0; x < out.length; x++) {
            float a = logits[rowStart + x0[x]];
            out[x] = a + fx[x] * (logits[rowStart + x1[x]] - a);
        }
    }

    /** Source index pair and weight per output index; edges clamp (PyTorch's bilinear, align_corners = false). */
    static void axis(int from, int to, int[] i0, int[] i1, float[] f) {
        double scale = from / (double) to;
        for (int o = 0; o < to; o++) {
            double s = Math.max(0, (o + 0.5) * scale - 0.5);
            int i = Math.min((int) s, from - 1);
            i0[o] = i;
            i1[o] = Math.min(i + 1, from - 1);
            f[o] = (float) (s - i);
        }
    }
}
