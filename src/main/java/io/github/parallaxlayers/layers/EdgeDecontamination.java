package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.refine.ForegroundEstimation;

/**
 * The foreground colours inside a layer's soft edge ({@link ForegroundEstimation}, Germer et al. 2020), computed
 * on the box around the soft pixels only (plus a margin that gives the estimate the colours on both sides), so a
 * small subject on a 4K plate costs what its edge costs.
 */
final class EdgeDecontamination {
    /** Context around the soft pixels, in px beyond the edge width: the estimate needs pure colours on both sides. */
    private static final int MARGIN = 16;

    private EdgeDecontamination() {
    }

    /** Box of the pixels with 0 < alpha < 255, grown by the margin; {@code null} when the edge is hard. */
    static Box softBox(byte[] alpha, int w, int h, double width) {
        byte[] soft = new byte[alpha.length];
        boolean any = false;
        for (int i = 0; i < alpha.length; i++) {
            int a = alpha[i] & 0xff;
            if (a != 0 && a != 255) {
                soft[i] = 1;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        return LayerEdges.bounds(soft, w, h).grownWithin(MARGIN + (int) Math.ceil(width), w, h);
    }

    /** A layer's colours, read and written per pixel index and channel (red, green, blue) as values 0–1. */
    interface Colours {
        float get(int channel, int index);

        void set(int channel, int index, float value);
    }

    /**
     * Replaces, in {@code planes} (full plate size), the colour of every soft pixel (0 < alpha < 255) inside
     * {@code box} by its estimated foreground colour.
     */
    static void foreground(Colours planes, byte[] alpha, int w, Box box) {
        int bw = box.width();
        int bh = box.height();
        float[][] crop = new float[3][bw * bh];
        float[] a = new float[bw * bh];
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int i = (box.y() + y) * w + box.x() + x;
                for (int c = 0; c < 3; c++) {
                    crop[c][y * bw + x] = planes.get(c, i);
                }
                a[y * bw + x] = (alpha[i] & 0xff) / 255f;
            }
        }
        float[][] f = ForegroundEstimation.foreground(crop, a, bw, bh, ProgressListener.NONE);
        for (int y = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++) {
                int i = (box.y() + y) * w + box.x() + x;
                int v = alpha[i] & 0xff;
                if (v != 0 && v != 255) {
                    for (int c = 0; c < 3; c++) {
                        planes.set(c, i, f[c][y * bw + x]);
                    }
                }
            }
        }
    }
}
