package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.BilinearAxis;

/**
 * Rows of square low-resolution logits resized bilinearly (align_corners = false) to a plate, one at a time, as
 * {@link LowResUpsampler} computes them, for scans that need the logit values rather than a thresholded mask.
 */
final class LowResRows {
    private final int side;
    private final BilinearAxis xs;
    private final int[] y0;
    private final int[] y1;
    private final float[] fy;
    private final float[] top;
    private final float[] bottom;
    private float[] logits;
    private int offset;
    private int cachedTop;
    private int cachedBottom;

    LowResRows(int side, int width, int height) {
        this.side = side;
        xs = BilinearAxis.of(side, width);
        BilinearAxis ys = BilinearAxis.of(side, height);
        y0 = ys.lo();
        y1 = ys.hi();
        fy = ys.frac();
        top = new float[width];
        bottom = new float[width];
    }

    void reset(float[] logits, int offset) {
        this.logits = logits;
        this.offset = offset;
        cachedTop = -1;
        cachedBottom = -1;
    }

    void row(int y, float[] out) {
        if (y0[y] != cachedTop) {
            xs.resampleRow(logits, offset + y0[y] * side, top);
            cachedTop = y0[y];
        }
        if (y1[y] != cachedBottom) {
            xs.resampleRow(logits, offset + y1[y] * side, bottom);
            cachedBottom = y1[y];
        }
        float f = fy[y];
        for (int x = 0; x < out.length; x++) {
            out[x] = top[x] + f * (bottom[x] - top[x]);
        }
    }
}
