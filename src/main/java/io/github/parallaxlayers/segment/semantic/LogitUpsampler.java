package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.BilinearAxis;
import io.github.parallaxlayers.core.ProgressListener;

import java.util.Arrays;
import java.util.stream.IntStream;

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
        byte[] cellLabel = uniformCells(sourceArgmax, srcW, srcH);
        BilinearAxis xs = BilinearAxis.of(srcW, width);
        BilinearAxis ys = BilinearAxis.of(srcH, height);
        int[] x0 = xs.lo();
        int[] x1 = xs.hi();
        float[] fx = xs.frac();
        int[] y0 = ys.lo();
        int[] y1 = ys.hi();
        float[] fy = ys.frac();
        byte[] out = new byte[width * height];
        IntStream.range(0, height).parallel().forEach(y -> {
            if ((y & 63) == 0) {
                progress.checkCancelled();
            }
            int rowA = y0[y] * srcW;
            int rowB = y1[y] * srcW;
            int cellRow = y0[y] * srcW;
            float wy = fy[y];
            int o = y * width;
            int x = 0;
            while (x < width) {
                int column = x0[x];
                int runEnd = x + 1;
                while (runEnd < width && x0[runEnd] == column) {
                    runEnd++;
                }
                byte uniform = cellLabel[cellRow + column];
                if (uniform >= 0) {
                    Arrays.fill(out, o + x, o + runEnd, uniform);
                } else {
                    for (int i = x; i < runEnd; i++) {
                        out[o + i] = (byte) blendArgmax(logits, classes, rowA + x0[i], rowA + x1[i],
                                rowB + x0[i], rowB + x1[i], fx[i], wy);
                    }
                }
                x = runEnd;
            }
        });
        return out;
    }

    /**
     * For each source cell (x, y)–(x+1, y+1), edges clamped, the label its four corners share, or −1 where they
     * differ. Output pixels in a uniform cell take that label without interpolating.
     */
    private static byte[] uniformCells(byte[] argmax, int srcW, int srcH) {
        byte[] cells = new byte[srcW * srcH];
        for (int y = 0; y < srcH; y++) {
            int a = y * srcW;
            int b = Math.min(y + 1, srcH - 1) * srcW;
            for (int x = 0; x < srcW; x++) {
                int x1 = Math.min(x + 1, srcW - 1);
                byte l = argmax[a + x];
                cells[a + x] = l == argmax[a + x1] && l == argmax[b + x] && l == argmax[b + x1] ? l : -1;
            }
        }
        return cells;
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
}
