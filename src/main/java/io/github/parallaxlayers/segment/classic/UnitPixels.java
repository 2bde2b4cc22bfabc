package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;

/**
 * Reads a plate's pixels scaled to about 0–1 one at a time, with the same scaling as
 * {@link Plate#toUnitChannels()} (8-bit and RGB by 255, 16/32-bit by the plate's finite minimum and maximum, one
 * range over all three channels of 16-bit colour),
 * without materialising float copies of a full-resolution plate: an 8K plate would need 400 MB for them.
 */
final class UnitPixels {
    private final Plate plate;
    private final PixelType type;
    private final Object pixels;
    private final float min;
    private final float scale;

    UnitPixels(Plate plate) {
        this.plate = plate;
        type = plate.type();
        pixels = plate.pixels();
        float[] range = plate.unitRange();
        min = range[0];
        scale = 1f / (range[1] - range[0]);
    }

    int channels() {
        return type.channels();
    }

    /** Writes the unit-scaled channels of pixel {@code i} into {@code out}. */
    void read(int i, float[] out) {
        if (type == PixelType.RGB) {
            int p = ((int[]) pixels)[i];
            out[0] = ((p >> 16) & 0xff) * scale;
            out[1] = ((p >> 8) & 0xff) * scale;
            out[2] = (p & 0xff) * scale;
        } else if (type == PixelType.RGB48) {
            short[][] planes = (short[][]) pixels;
            out[0] = ((planes[0][i] & 0xffff) - min) * scale;
            out[1] = ((planes[1][i] & 0xffff) - min) * scale;
            out[2] = ((planes[2][i] & 0xffff) - min) * scale;
        } else {
            float v = plate.sample(0, i);
            out[0] = Float.isFinite(v) ? (v - min) * scale : 0f;
        }
    }

    /**
     * The GrabCut contrast constant β = 1 / (2 ⟨‖I_p − I_q‖²⟩) over 8-neighbour pairs at full resolution, from
     * evenly spaced rows (at most about two million pixels read) so it stays cheap on 8K plates.
     */
    double beta(int width, int height) {
        int d = channels();
        float[] a = new float[d];
        float[] b = new float[d];
        int stride = (int) Math.max(1, (long) width * height / 2_000_000);
        double sum = 0;
        long pairs = 0;
        for (int y = 0; y + 1 < height || (height == 1 && y == 0); y += stride) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                read(row + x, a);
                if (x + 1 < width) {
                    read(row + x + 1, b);
                    sum += squared(a, b);
                    pairs++;
                }
                if (y + 1 < height) {
                    read(row + width + x, b);
                    sum += squared(a, b);
                    pairs++;
                    if (x + 1 < width) {
                        read(row + width + x + 1, b);
                        sum += squared(a, b);
                        pairs++;
                    }
                    if (x > 0) {
                        read(row + width + x - 1, b);
                        sum += squared(a, b);
                        pairs++;
                    }
                }
            }
            if (height == 1) {
                break;
            }
        }
        return sum > 0 ? pairs / (2 * sum) : 0;
    }

    static float squared(float[] a, float[] b) {
        float s = 0;
        for (int c = 0; c < a.length; c++) {
            float v = a[c] - b[c];
            s += v * v;
        }
        return s;
    }
}
