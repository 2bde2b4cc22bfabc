package io.github.parallaxlayers.segment.semantic;

/**
 * The taps of a separable resize along one axis (pixel centres aligned, i.e. align_corners = false).
 * Downscaling averages the source pixels each output pixel covers, weighted by the covered length (area
 * resampling, like OpenCV's INTER_AREA): every source pixel counts, so fine detail does not alias, and each
 * source pixel feeds at most two outputs, which keeps a 1920-to-257 resize cheap. Upscaling is 2-tap bilinear.
 */
final class ResampleAxis {
    final int[] start;
    final int taps;
    final float[] weights; // taps per output index, zero-padded

    ResampleAxis(int from, int to) {
        double scale = from / (double) to;
        taps = scale > 1 ? (int) Math.ceil(scale) + 1 : 2;
        start = new int[to];
        weights = new float[to * taps];
        for (int o = 0; o < to; o++) {
            if (scale > 1) {
                double lo = o * scale;
                double hi = Math.min(from, (o + 1) * scale);
                int first = (int) Math.floor(lo);
                start[o] = first;
                for (int k = 0; k < taps && first + k < from; k++) {
                    double covered = Math.min(hi, first + k + 1) - Math.max(lo, first + k);
                    weights[o * taps + k] = covered > 0 ? (float) (covered / (hi - lo)) : 0f;
                }
            } else {
                double s = Math.max(0, (o + 0.5) * scale - 0.5);
                int i = Math.min((int) s, from - 1);
                float f = (float) (s - i);
                start[o] = i;
                if (i + 1 < from) {
                    weights[o * taps] = 1 - f;
                    weights[o * taps + 1] = f;
                } else {
                    weights[o * taps] = 1;
                }
            }
        }
    }
}
