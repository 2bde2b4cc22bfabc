package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import java.util.SplittableRandom;

/** Synthetic plates with known object masks for the segmenter tests. */
final class Synthetic {
    private Synthetic() {
    }

    /** An object given as a per-pixel coverage in [0, 1] (soft edges allowed). */
    interface Coverage {
        double at(double x, double y);
    }

    static Coverage disc(double cx, double cy, double r, double softness) {
        return (x, y) -> clamp((r - Math.hypot(x - cx, y - cy)) / softness + 0.5);
    }

    static Coverage rectangle(double x0, double y0, double x1, double y1) {
        return (x, y) -> x >= x0 && x < x1 && y >= y0 && y < y1 ? 1 : 0;
    }

    static Coverage union(Coverage a, Coverage b) {
        return (x, y) -> Math.max(a.at(x, y), b.at(x, y));
    }

    /** RGB plate blending {@code objectRgb} over {@code backgroundRgb} by coverage, plus Gaussian noise (σ in 0–255). */
    static Plate rgb(int w, int h, Coverage object, int objectRgb, int backgroundRgb, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double a = object.at(x + 0.5, y + 0.5);
                int p = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    double v = a * (objectRgb >> shift & 0xff) + (1 - a) * (backgroundRgb >> shift & 0xff);
                    v += noise * gaussian(random);
                    p |= (int) Math.max(0, Math.min(255, Math.round(v))) << shift;
                }
                pixels[y * w + x] = p;
            }
        }
        return Plate.rgb(w, h, pixels);
    }

    /** Grey values in [0, 1]: object 1, background 0, blended by coverage. */
    static float[] grey(int w, int h, Coverage object) {
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (float) object.at(x + 0.5, y + 0.5);
            }
        }
        return out;
    }

    static Mask truth(int w, int h, Coverage object) {
        boolean[] inside = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                inside[y * w + x] = object.at(x + 0.5, y + 0.5) >= 0.5;
            }
        }
        return Mask.fromBooleans(w, h, inside);
    }

    static double iou(Mask a, Mask b) {
        long inter = 0;
        long union = 0;
        for (int i = 0; i < a.size(); i++) {
            boolean p = a.get(i);
            boolean q = b.get(i);
            if (p && q) {
                inter++;
            }
            if (p || q) {
                union++;
            }
        }
        return union == 0 ? 1 : (double) inter / union;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
