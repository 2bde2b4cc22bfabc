package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.BilinearAxis;
import io.github.parallaxlayers.core.Parallel;

/**
 * The network's subject probability on its square grid, min–max normalised as rembg does before use (the raw map
 * of a plate without a clear subject rarely reaches 1). Sampled bilinearly (pixel centres aligned) onto any
 * plate-sized grid: the full plate, or the classic segmenter's working grid.
 */
public final class SubjectMap {
    private final int size;
    private final float[] values;

    private SubjectMap(int size, float[] values) {
        this.size = size;
        this.values = values;
    }

    /** Wraps {@code raw} (size × size, not copied, never written) rescaled so its minimum is 0 and maximum 1. */
    static SubjectMap normalised(float[] raw, int size) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : raw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float[] values = new float[raw.length];
        float scale = max > min ? 1f / (max - min) : 0f;
        for (int i = 0; i < raw.length; i++) {
            values[i] = (raw[i] - min) * scale;
        }
        return new SubjectMap(size, values);
    }

    /** A map from values already in 0–1 (tests, other sources). */
    public static SubjectMap of(float[] values, int size) {
        if (values.length != size * size) {
            throw new IllegalArgumentException("a subject map needs size*size values");
        }
        return new SubjectMap(size, values.clone());
    }

    public int size() {
        return size;
    }

    public float at(int x, int y) {
        return values[y * size + x];
    }

    /**
     * The map resampled to a width × height plate (bilinear, align_corners = false, as PyTorch's and rembg's
     * resize back): probability of each plate pixel. Linear in the plate's pixel count, parallel over rows.
     */
    public float[] resample(int width, int height) {
        BilinearAxis xs = BilinearAxis.of(size, width);
        BilinearAxis ys = BilinearAxis.of(size, height);
        int[] y0 = ys.lo();
        int[] y1 = ys.hi();
        float[] fy = ys.frac();
        float[] out = new float[width * height];
        Parallel.rows(height, (from, to) -> {
            float[] top = new float[width];
            float[] bottom = new float[width];
            for (int y = from; y < to; y++) {
                xs.resampleRow(values, y0[y] * size, top);
                xs.resampleRow(values, y1[y] * size, bottom);
                float wy = fy[y];
                int o = y * width;
                for (int x = 0; x < width; x++) {
                    out[o + x] = top[x] + wy * (bottom[x] - top[x]);
                }
            }
        });
        return out;
    }
}
