package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistanceTransformTest {

    @Test
    void singlePixelGivesExactSquaredDistances() {
        Mask m = Mask.empty(7, 5);
        m.set(2, 1, true);
        float[] d = DistanceTransform.squaredToInside(m);
        assertEquals(0f, d[1 * 7 + 2]);
        assertEquals(1f, d[1 * 7 + 3]);
        assertEquals(2f, d[2 * 7 + 3]);
        assertEquals(16f + 9f, d[4 * 7 + 6]);
        assertEquals(4f + 1f, d[0 * 7 + 0] + 0f); // (2,1) -> (0,0): 4 + 1
    }

    @Test
    void matchesBruteForceOnRandomMasks() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            Mask m = Mask.empty(w, h);
            for (int i = 0; i < w * h; i++) {
                m.set(i, random.nextDouble() < 0.05);
            }
            float[] toIn = DistanceTransform.squaredToInside(m);
            float[] toOutFramed = DistanceTransform.squaredToOutsideOrFrame(m);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double best = Double.POSITIVE_INFINITY;
                    double bestOut = Math.min(Math.min((x + 1) * (x + 1), (w - x) * (w - x)),
                            Math.min((y + 1) * (y + 1), (h - y) * (h - y)));
                    for (int yy = 0; yy < h; yy++) {
                        for (int xx = 0; xx < w; xx++) {
                            double d2 = (x - xx) * (x - xx) + (y - yy) * (y - yy);
                            if (m.get(xx, yy)) {
                                best = Math.min(best, d2);
                            } else {
                                bestOut = Math.min(bestOut, d2);
                            }
                        }
                    }
                    if (Double.isFinite(best)) {
                        assertEquals(best, toIn[y * w + x], 1e-3, "to inside at " + x + "," + y);
                    }
                    assertEquals(bestOut, toOutFramed[y * w + x], 1e-3, "to outside at " + x + "," + y);
                }
            }
        }
    }
}
