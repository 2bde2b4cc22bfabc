package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

import java.util.SplittableRandom;

/** Small synthetic plates and holes for the fill tests. */
public final class FillFixtures {
    private FillFixtures() {
    }

    static Mask rectangle(int w, int h, int x0, int y0, int rw, int rh) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y < y0 + rh; y++) {
            for (int x = x0; x < x0 + rw; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    static Mask disc(int w, int h, double cx, double cy, double radius) {
        Mask m = Mask.empty(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    m.set(x, y, true);
                }
            }
        }
        return m;
    }

    /** A plate of the given type with noisy, textured content spanning much of the type's range. */
    public static Plate noisy(PixelType type, int w, int h, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = w * h;
        return switch (type) {
            case GRAY8 -> {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) random.nextInt(256);
                }
                yield new Plate(w, h, type, b);
            }
            case GRAY16 -> {
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (short) random.nextInt(65536);
                }
                yield new Plate(w, h, type, s);
            }
            case GRAY32 -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    // Values with many significant bits, negative and far above 255, to catch any rounding.
                    f[i] = (float) (random.nextGaussian() * 1234.5678 - 17.25);
                }
                yield new Plate(w, h, type, f);
            }
            case RGB -> {
                int[] rgb = new int[n];
                for (int i = 0; i < n; i++) {
                    rgb[i] = random.nextInt(1 << 24);
                }
                yield new Plate(w, h, type, rgb);
            }
            case RGB48 -> {
                // Three channels over different parts of the 16-bit range, so a channel mix-up or an 8-bit
                // round trip shows.
                short[][] planes = new short[3][n];
                for (int i = 0; i < n; i++) {
                    planes[0][i] = (short) random.nextInt(65536);
                    planes[1][i] = (short) (1000 + random.nextInt(39000));
                    planes[2][i] = (short) (20000 + random.nextInt(40001));
                }
                yield new Plate(w, h, type, planes);
            }
        };
    }

    /** Vertical stripes of period 8 (4 dark, 4 light columns) in grey 8-bit. */
    static Plate stripes(int w, int h) {
        byte[] b = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b[y * w + x] = (byte) (((x / 4) % 2 == 0) ? 30 : 220);
            }
        }
        return Plate.gray8(w, h, b);
    }

    /** An RGB checkerboard of 4×4 squares (period 8 in x and y) in two colours. */
    static Plate checkerboard(int w, int h) {
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                rgb[y * w + x] = (((x / 4) + (y / 4)) % 2 == 0) ? 0x2040A0 : 0xE0C030;
            }
        }
        return Plate.rgb(w, h, rgb);
    }

    /** Largest absolute difference of any channel inside the hole. */
    static double maxErrorInside(Plate a, Plate b, Mask hole) {
        double max = 0;
        for (int c = 0; c < a.channels(); c++) {
            for (int i = 0; i < a.size(); i++) {
                if (hole.get(i)) {
                    max = Math.max(max, Math.abs(a.sample(c, i) - b.sample(c, i)));
                }
            }
        }
        return max;
    }

    /** Mean absolute difference over all channels inside the hole. */
    static double meanErrorInside(Plate a, Plate b, Mask hole) {
        double sum = 0;
        long count = 0;
        for (int c = 0; c < a.channels(); c++) {
            for (int i = 0; i < a.size(); i++) {
                if (hole.get(i)) {
                    sum += Math.abs(a.sample(c, i) - b.sample(c, i));
                    count++;
                }
            }
        }
        return sum / count;
    }
}
