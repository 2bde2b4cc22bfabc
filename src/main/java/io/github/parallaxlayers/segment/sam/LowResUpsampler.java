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
        byte[] data = new byte[width * height];
        Parallel.rows(height, (from, to) -> {
            // one resampler per band of rows: it caches the two source rows the output rows in the band share
            LowResRows rows = new LowResRows(side, width, height);
            rows.reset(logits, offset);
            float[] row = new float[width];
            for (int y = from; y < to; y++) {
                rows.row(y, row);
                int base = y * width;
                for (int x = 0; x < width; x++) {
                    if (row[x] > 0f) {
                        data[base + x] = Mask.ON;
                    }
                }
            }
        });
        return Mask.wrap(width, height, data);
    }
}
