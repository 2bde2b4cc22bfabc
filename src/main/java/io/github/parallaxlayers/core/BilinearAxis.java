package io.github.parallaxlayers.core;

/**
 * One axis of a bilinear resize with align_corners = false and clamped edges, as PyTorch's and rembg's resize
 * back: for each output index the two source indices and the weight of the second. The SAM, semantic and subject
 * upsamplers share it, so they agree pixel for pixel with the reference implementations and with each other.
 *
 * @param lo   the lower source index of each output index
 * @param hi   the upper source index (equal to {@code lo} at the clamped edge)
 * @param frac the weight of {@code hi}, in [0, 1)
 */
public record BilinearAxis(int[] lo, int[] hi, float[] frac) {

    /** The axis from {@code from} source samples to {@code to} output samples. */
    public static BilinearAxis of(int from, int to) {
        int[] lo = new int[to];
        int[] hi = new int[to];
        float[] frac = new float[to];
        double scale = from / (double) to;
        for (int o = 0; o < to; o++) {
            double s = Math.max(0, (o + 0.5) * scale - 0.5);
            int i = Math.min((int) s, from - 1);
            lo[o] = i;
            hi[o] = Math.min(i + 1, from - 1);
            frac[o] = (float) (s - i);
        }
        return new BilinearAxis(lo, hi, frac);
    }

    /** One source row (starting at {@code rowStart} in {@code source}) resampled along this axis into {@code out}. */
    public void resampleRow(float[] source, int rowStart, float[] out) {
        for (int o = 0; o < out.length; o++) {
            float a = source[rowStart + lo[o]];
            out[o] = a + frac[o] * (source[rowStart + hi[o]] - a);
        }
    }
}
