package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.Parallel;

/**
 * The two resamplings of the Depth Anything V2 reference code: OpenCV's bicubic (a = −0.75, half-pixel centres,
 * edge pixels repeated) for the network input, and bilinear with align_corners = true (corner pixels of input
 * and output coincide) for the prediction going back to plate size.
 */
final class DepthResampling {
    private static final double A = -0.75;

    private DepthResampling() {
    }

    /** The network input size for a plate (§7.1 step 2): lower bound 518, sides multiples of 14. */
    static int[] lowerBoundSize(int height, int width, int bound, int multiple) {
        double scale = Math.max((double) bound / height, (double) bound / width);
        return new int[] {constrain(scale * height, bound, multiple), constrain(scale * width, bound, multiple)};
    }

    private static int constrain(double v, int bound, int multiple) {
        int n = (int) (Math.rint(v / multiple) * multiple); // rint rounds half to even, like Python's round
        if (n < bound) {
            n = (int) (Math.ceil(v / multiple) * multiple);
        }
        return n;
    }

    /** Bicubic resize of one channel, OpenCV INTER_CUBIC conventions. */
    static float[] bicubic(float[] src, int srcW, int srcH, int dstW, int dstH) {
        int[] xIndex = new int[dstW * 4];
        float[] xWeight = new float[dstW * 4];
        taps(srcW, dstW, xIndex, xWeight);
        int[] yIndex = new int[dstH * 4];
        float[] yWeight = new float[dstH * 4];
        taps(srcH, dstH, yIndex, yWeight);
        float[] rows = new float[srcH * dstW];
        Parallel.rows(srcH, (from, to) -> {
            for (int y = from; y < to; y++) {
                int s = y * srcW;
                int d = y * dstW;
                for (int x = 0; x < dstW; x++) {
                    int t = 4 * x;
                    rows[d + x] = src[s + xIndex[t]] * xWeight[t] + src[s + xIndex[t + 1]] * xWeight[t + 1]
                            + src[s + xIndex[t + 2]] * xWeight[t + 2] + src[s + xIndex[t + 3]] * xWeight[t + 3];
                }
            }
        });
        float[] out = new float[dstW * dstH];
        Parallel.rows(dstH, (from, to) -> {
            for (int y = from; y < to; y++) {
                int t = 4 * y;
                int r0 = yIndex[t] * dstW;
                int r1 = yIndex[t + 1] * dstW;
                int r2 = yIndex[t + 2] * dstW;
                int r3 = yIndex[t + 3] * dstW;
                float w0 = yWeight[t];
                float w1 = yWeight[t + 1];
                float w2 = yWeight[t + 2];
                float w3 = yWeight[t + 3];
                int d = y * dstW;
                for (int x = 0; x < dstW; x++) {
                    out[d + x] = rows[r0 + x] * w0 + rows[r1 + x] * w1 + rows[r2 + x] * w2 + rows[r3 + x] * w3;
                }
            }
        });
        return out;
    }

    private static void taps(int srcSize, int dstSize, int[] index, float[] weight) {
        double scale = (double) srcSize / dstSize;
        for (int o = 0; o < dstSize; o++) {
            double position = (o + 0.5) * scale - 0.5;
            int base = (int) Math.floor(position);
            double t = position - base;
            double[] w = {cubic(t + 1), cubic(t), cubic(1 - t), cubic(2 - t)};
            for (int k = 0; k < 4; k++) {
                index[4 * o + k] = Math.max(0, Math.min(srcSize - 1, base - 1 + k));
                weight[4 * o + k] = (float) w[k];
            }
        }
    }

    private static double cubic(double x) {
        x = Math.abs(x);
        if (x <= 1) {
            return ((A + 2) * x - (A + 3)) * x * x + 1;
        }
        if (x < 2) {
            return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
        }
        return 0;
    }

    /** Bilinear resize with align_corners = true. */
    static float[] bilinearAlignCorners(float[] src, int srcW, int srcH, int dstW, int dstH) {
        double sx = dstW > 1 ? (srcW - 1.0) / (dstW - 1) : 0;
        double sy = dstH > 1 ? (srcH - 1.0) / (dstH - 1) : 0;
        int[] x0 = new int[dstW];
        float[] fx = new float[dstW];
        for (int x = 0; x < dstW; x++) {
            double p = x * sx;
            x0[x] = Math.min(srcW - 1, (int) p);
            fx[x] = (float) (p - x0[x]);
        }
        float[] out = new float[dstW * dstH];
        Parallel.rows(dstH, (from, to) -> {
            for (int y = from; y < to; y++) {
                double p = y * sy;
                int y0 = Math.min(srcH - 1, (int) p);
                int y1 = Math.min(srcH - 1, y0 + 1);
                float fy = (float) (p - y0);
                int r0 = y0 * srcW;
                int r1 = y1 * srcW;
                int d = y * dstW;
                for (int x = 0; x < dstW; x++) {
                    int a = x0[x];
                    int b = Math.min(srcW - 1, a + 1);
                    float top = src[r0 + a] + fx[x] * (src[r0 + b] - src[r0 + a]);
                    float bottom = src[r1 + a] + fx[x] * (src[r1 + b] - src[r1 + a]);
                    out[d + x] = top + fy * (bottom - top);
                }
            }
        });
        return out;
    }
}
