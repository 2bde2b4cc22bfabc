package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.mask.Mask;

/** A per-pixel class index (0–20 for PASCAL VOC), row by row, at the plate's size. */
public record LabelImage(int width, int height, byte[] labels) {

    public int label(int i) {
        return labels[i] & 0xff;
    }

    /** Pixels per class. */
    public int[] histogram(int classes) {
        int[] counts = new int[classes];
        for (byte b : labels) {
            counts[b & 0xff]++;
        }
        return counts;
    }

    /** The 0/255 mask of the pixels whose class is selected. */
    public Mask mask(boolean[] selected) {
        byte[] out = new byte[labels.length];
        for (int i = 0; i < out.length; i++) {
            int c = labels[i] & 0xff;
            if (c < selected.length && selected[c]) {
                out[i] = (byte) 255;
            }
        }
        return Mask.wrap(width, height, out);
    }
}
