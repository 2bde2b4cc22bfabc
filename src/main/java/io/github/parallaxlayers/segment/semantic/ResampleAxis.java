package io.github.parallaxlayers.segment.semantic;

/**
 * The taps of a separable triangle-filter resize along one axis (pixel centres aligned, i.e. align_corners =
 * false). Downscaling widens the filter to the scale factor, so every source pixel contributes (an antialiased
 * resize, like PIL's bilinear); upscaling is plain 2-tap bilinear.
 */
final class ResampleAxis {
    final int[] start;
    final int taps;
    final float[] weights; // taps per output index, zero-padded

    ResampleAxis(int from, int to) {
        double scale = from / (double) to;
        double support = Math.max(1.0, scale);
        taps = (int) Math.ceil(support) * 2 + 1;
        start = new int[to];
        weights = new float[to * taps];
        for (int o = 0; o < to; o++) {
            double centre = (o + 0.5) * scale;
            int first = Math.max(0, (int) Math.floor(centre - support));
            int last = Math.min(from - 1, (int) Math.ceil(centre + support));
            double sum = 0;
            int n = 0;
            for (int j = first; j <= last && n < taps; j++, n++) {
                double w = Math.max(0, 1 - Math.abs((j + 0.5 - centre) / support));
                weights[o * taps + n] = (float) w;
                sum += w;
            }
            for (int k = 0; k < n; k++) {
                weights[o * taps + k] /= (float) sum;
            }
            start[o] = first;
        }
    }
}
