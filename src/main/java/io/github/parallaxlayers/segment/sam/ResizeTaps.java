package io.github.parallaxlayers.segment.sam;

/**
 * The taps of one axis of an antialiased bilinear (triangle filter) resize, computed as Pillow's {@code
 * ImagingResample} does, which is what SAM's {@code ResizeLongestSide} runs through torchvision on a PIL image
 * (model-contracts.md §1.2): when shrinking, the triangle widens by the scale so every source pixel counts.
 */
final class ResizeTaps {
    final int[] first;
    final int[] count;
    final int stride;
    final float[] weights;

    ResizeTaps(int from, int to) {
        double scale = from / (double) to;
        double filterScale = Math.max(scale, 1.0);
        double support = filterScale; // the triangle's support is 1 source pixel, widened by the scale
        stride = (int) Math.ceil(support) * 2 + 1;
        first = new int[to];
        count = new int[to];
        weights = new float[to * stride];
        for (int o = 0; o < to; o++) {
            double center = (o + 0.5) * scale;
            int lo = Math.max(0, (int) (center - support + 0.5));
            int hi = Math.min(from, (int) (center + support + 0.5));
            double sum = 0;
            int n = Math.min(stride, hi - lo);
            double[] w = new double[n];
            for (int k = 0; k < n; k++) {
                double t = Math.abs((lo + k - center + 0.5) / filterScale);
                w[k] = t < 1 ? 1 - t : 0;
                sum += w[k];
            }
            first[o] = lo;
            count[o] = n;
            for (int k = 0; k < n; k++) {
                weights[o * stride + k] = (float) (sum > 0 ? w[k] / sum : 0);
            }
        }
    }
}
