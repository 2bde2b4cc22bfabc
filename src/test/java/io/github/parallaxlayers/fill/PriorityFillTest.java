package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriorityFillTest {
    /** A 64 × 64 plate, dark above row 32 and bright from it on, grey = three equal channels. */
    private static PatchLevel stepEdge(byte[] hole) {
        int w = 64;
        float[] image = new float[w * w * 3];
        for (int i = 0; i < w * w; i++) {
            float v = i / w < 32 ? 40f : 200f;
            if (hole[i] != 0) {
                v = 123f; // what the fill must not keep
            }
            image[3 * i] = v;
            image[3 * i + 1] = v;
            image[3 * i + 2] = v;
        }
        return new PatchLevel(w, w, 3, 3, image, hole);
    }

    @Test
    void anEdgeCrossingTheHoleIsContinuedSharpAndKnownPixelsStay() {
        int w = 64;
        byte[] hole = new byte[w * w];
        for (int y = 24; y < 40; y++) {
            for (int x = 26; x < 42; x++) {
                hole[y * w + x] = 1;
            }
        }
        PatchLevel level = stepEdge(hole);
        PriorityFill.fill(level, 3, ProgressListener.NONE);
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float expected = y < 32 ? 40f : 200f;
                for (int c = 0; c < 3; c++) {
                    assertEquals(expected, level.image[3 * i + c], 0f, "pixel " + x + "," + y + " channel " + c);
                }
            }
        }
    }

    @Test
    void aHoleTouchingTheBorderIsFilledWholly() {
        int w = 64;
        byte[] hole = new byte[w * w];
        for (int y = 10; y < 50; y++) {
            for (int x = 50; x < w; x++) {
                hole[y * w + x] = 1;
            }
        }
        PatchLevel level = stepEdge(hole);
        PriorityFill.fill(level, 3, ProgressListener.NONE);
        for (int y = 10; y < 50; y++) {
            for (int x = 50; x < w; x++) {
                assertEquals(y < 32 ? 40f : 200f, level.image[3 * (y * w + x)], 0f, "pixel " + x + "," + y);
            }
        }
    }
}
