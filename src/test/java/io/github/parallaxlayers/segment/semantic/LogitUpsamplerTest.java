package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LogitUpsamplerTest {

    /** Full bilinear interpolation of every class at every pixel, then argmax: the definition. */
    static byte[] bruteForce(float[] logits, int sw, int sh, int classes, int w, int h) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double sy = Math.max(0, (y + 0.5) * sh / (double) h - 0.5);
            int y0 = Math.min((int) sy, sh - 1);
            int y1 = Math.min(y0 + 1, sh - 1);
            double fy = sy - y0;
            for (int x = 0; x < w; x++) {
                double sx = Math.max(0, (x + 0.5) * sw / (double) w - 0.5);
                int x0 = Math.min((int) sx, sw - 1);
                int x1 = Math.min(x0 + 1, sw - 1);
                double fx = sx - x0;
                int best = 0;
                double bestValue = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < classes; k++) {
                    double v = (1 - fy) * ((1 - fx) * logits[(y0 * sw + x0) * classes + k]
                            + fx * logits[(y0 * sw + x1) * classes + k])
                            + fy * ((1 - fx) * logits[(y1 * sw + x0) * classes + k]
                            + fx * logits[(y1 * sw + x1) * classes + k]);
                    if (v > bestValue + 1e-5) {
                        bestValue = v;
                        best = k;
                    }
                }
                out[y * w + x] = (byte) best;
            }
        }
        return out;
    }

    @Test
    void matchesFullInterpolationOnSmoothRandomLogits() {
        int sw = 9;
        int sh = 7;
        int classes = 5;
        Random random = new Random(3);
        float[] logits = new float[sw * sh * classes];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = random.nextInt(4) * 2f + random.nextFloat() * 0.25f; // plateaus, so regions form
        }
        for (int[] size : new int[][] {{40, 23}, {9, 7}, {5, 3}, {101, 13}}) {
            byte[] fast = LogitUpsampler.labels(logits, sw, sh, classes, size[0], size[1], ProgressListener.NONE);
            assertArrayEquals(bruteForce(logits, sw, sh, classes, size[0], size[1]), fast,
                    size[0] + "x" + size[1]);
        }
    }

    @Test
    void handComputedTwoCellCase() {
        // two source cells in a row: class 0 wins on the left (2 vs 0), class 1 on the right (0 vs 2)
        float[] logits = {2, 0, 0, 2};
        byte[] labels = LogitUpsampler.labels(logits, 2, 1, 2, 4, 1, ProgressListener.NONE);
        // output centres map to x = -0.25 (clamped 0), 0.25, 0.75, 1.25 (clamped): the midpoint is at 0.5
        assertArrayEquals(new byte[] {0, 0, 1, 1}, labels);
        assertEquals(1, LogitUpsampler.argmax(new float[] {0, 3, 3}, 1, 3)[0], "a tie goes to the lower index");
    }
}
