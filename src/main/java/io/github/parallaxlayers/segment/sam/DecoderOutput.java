package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.mask.Mask;

import java.nio.FloatBuffer;

/**
 * One decoder run: M candidate masks as logits at plate resolution ({@code masks [1, M, H, W]}, SAM v1), their
 * predicted IoU and the low-resolution logits ({@code [1, M, 256, 256]}) a next click feeds back as
 * {@code mask_input}. With {@code masks} null (SAM 2, whose decoder returns only the 256 × 256 logits of the
 * stretched frame) a mask is the low-resolution logits resized bilinearly (align_corners = false) straight to the
 * plate, as {@code SAM2Transforms.postprocess_masks} does.
 */
public record DecoderOutput(int count, int width, int height, FloatBuffer masks, float[] scores, float[] lowRes) {
    public static final int LOW_RES = 256;

    /** Candidate {@code k} thresholded at logit 0 (SAM's {@code mask_threshold}). */
    public Mask mask(int k) {
        if (masks == null) {
            return LowResUpsampler.threshold(lowRes, k * LOW_RES * LOW_RES, LOW_RES, width, height);
        }
        int n = width * height;
        byte[] data = new byte[n];
        float[] row = new float[width];
        FloatBuffer view = masks.duplicate();
        for (int y = 0; y < height; y++) {
            view.position(k * n + y * width);
            view.get(row);
            int base = y * width;
            for (int x = 0; x < width; x++) {
                if (row[x] > 0f) {
                    data[base + x] = Mask.ON;
                }
            }
        }
        return Mask.wrap(width, height, data);
    }

    /** Pixels with a positive logit in candidate {@code k}. */
    public int area(int k) {
        if (masks == null) {
            return mask(k).count();
        }
        int n = width * height;
        int area = 0;
        for (int i = k * n, end = i + n; i < end; i++) {
            if (masks.get(i) > 0f) {
                area++;
            }
        }
        return area;
    }

    /** A copy of candidate {@code k}'s low-resolution logits, for the next {@code mask_input}. */
    public float[] lowRes(int k) {
        int n = LOW_RES * LOW_RES;
        float[] out = new float[n];
        System.arraycopy(lowRes, k * n, out, 0, n);
        return out;
    }
}
