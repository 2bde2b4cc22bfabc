package io.github.parallaxlayers.segment.sam;

/**
 * Rows of square low-resolution logits resized bilinearly (align_corners = false) to a plate, one at a time, as
 * {@link LowResUpsampler} computes them, for scans that need the logit values rather than a thresholded mask.
 */
final class LowResRows {
    private final int side;
    private final int[] x0;
    private final int[] x1;
    private final float[] fx;
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
        x0 = new int[width];
        x1 = new int[width];
        fx = new float[width];
        LowResUpsampler.axis(side, width, x0, x1, fx);
        y0 = new int[height];
        y1 = new int[height];
        fy = new float[height];
        LowResUpsampler.axis(side, height, y0, y1, fy);
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
            alongX(offset + y0[y] * side, top);
            cachedTop = y0[y];
        }
        if (y1[y] != cachedBottom) {
            alongX(offset + y1[y] * side, bottom);
            cachedBottom = y1[y];
        }
        float f = fy[y];
        for (int x = 0; x < out.length; x++) {
            out[x] = top[x] + f * (bottom[x] - top[x]);
        }
    }

    private void alongX(int rowStart, float[] out) {
        for (int x = 0; x < out.length; x++) {
            float a = logits[rowStart + x0[x]];
            out[x] = a + fx[x] * (logits[rowStart + x1[x]] - a);
        }
    }
}
