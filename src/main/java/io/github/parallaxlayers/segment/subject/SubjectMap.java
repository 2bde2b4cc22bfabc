package io.github.parallaxlayers.segment.subject;

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
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        float[] fx = new float[width];
        axis(size, width, x0, x1, fx);
        int[] y0 = new int[height];
        int[] y1 = new int[height];
        float[] fy = new float[height];
        axis(size, height, y0, y1, fy);
        float[] out = new float[width * height];
        Parallel.rows(height, (from, to) -> {
            float[] top = new float[width];
            float[] bottom = new float[width];
            for (int y = from; y < to; y++) {
                row(y0[y], x0, x1, fx, top);
                row(y1[y], x0, x1, fx, bottom);
                float wy = fy[y];
                int o = y * width;
                for (int x = 0; x < width; x++) {
                    out[o + x] = top[x] + wy * (bottom[x] - top[x]);
                }
            }
        });
        return out;
    }

    private void row(int sourceRow, int[] x0, int[] x1, float[] fx, float[] into) {
        int base = sourceRow * size;
        for (int x = 0; x < into.length; x++) {
            float a = values[base + x0[x]];
            into[x] = a + fx[x] * (values[base + x1[x]] - a);
        }
    }

    /** Source neighbours and weight of the second for each output index (edges clamp). */
    static void axis(int from, int to, int[] lo, int[] hi, float[] frac) {
        double scale = from / (double) to;
        for (int o = 0; o < to; o++) {
            double s = Math.max(0, (o + 0.5) * scale - 0.5);
            int i = Math.min((int) s, from - 1);
            lo[o] = i;
            hi[o] = Math.min(i + 1, from - 1);
            frac[o] = (float) (s - i);
        }
    }
}
