package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both embedded fills on 16-bit colour plates: the plate's own values and colours, never an 8-bit round trip. */
class SixteenBitColourFillTest {
    /** Two colours whose channels are far apart and none a multiple of 257 (so no 8-bit value codes them). */
    private static final int[] DARK = {1000, 30001, 60002};
    private static final int[] LIGHT = {50003, 2004, 20005};

    private static Plate checkerboard(int w, int h) {
        short[][] planes = new short[3][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] colour = (x / 4 + y / 4) % 2 == 0 ? DARK : LIGHT;
                for (int c = 0; c < 3; c++) {
                    planes[c][y * w + x] = (short) colour[c];
                }
            }
        }
        return Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
    }

    private static void assertOutsideUnchanged(Plate plate, Plate filled, Mask hole) {
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < plate.size(); i++) {
                if (!hole.get(i)) {
                    assertEquals(plate.plane16(c)[i], filled.plane16(c)[i], "channel " + c + " pixel " + i);
                }
            }
        }
    }

    @Test
    void patchMatchContinuesAColourCheckerboardInSixteenBits() {
        int w = 72;
        int h = 72;
        Plate truth = checkerboard(w, h);
        Mask hole = FillFixtures.disc(w, h, 36, 36, 12);
        Plate filled = new PatchMatchInpainter().fill(truth, hole, ProgressListener.NONE);
        assertEquals(PixelType.RGB48, filled.type());
        assertOutsideUnchanged(truth, filled, hole);
        double error = FillFixtures.meanErrorInside(truth, filled, hole);
        assertTrue(error < 49000 * 0.04, "mean error " + error + " of a 49000-level contrast");
        // Each filled pixel is near one of the two colours in all three channels at once (no hue shift), and
        // most are one of them exactly — values no 8-bit fill could produce.
        int exact = 0;
        int inside = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (!hole.get(i)) {
                continue;
            }
            inside++;
            double dark = 0;
            double light = 0;
            for (int c = 0; c < 3; c++) {
                dark = Math.max(dark, Math.abs(filled.sample(c, i) - DARK[c]));
                light = Math.max(light, Math.abs(filled.sample(c, i) - LIGHT[c]));
            }
            assertTrue(Math.min(dark, light) < 49000 * 0.5, "pixel " + i + " is neither colour");
            if (Math.min(dark, light) == 0) {
                exact++;
            }
        }
        assertTrue(exact > inside * 0.8, exact + " of " + inside + " filled pixels are exact plate colours");
    }

    @Test
    void teleaFillsConstantChannelsExactly() {
        int w = 50;
        int h = 40;
        short[][] planes = new short[3][w * h];
        java.util.Arrays.fill(planes[0], (short) 41234);
        java.util.Arrays.fill(planes[1], (short) 301);
        java.util.Arrays.fill(planes[2], (short) 65000);
        // A border row of other colours keeps the plate from being one colour everywhere.
        for (int x = 0; x < w; x++) {
            planes[0][x] = (short) (x * 1000);
        }
        Plate plate = Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        Mask hole = FillFixtures.disc(w, h, 25, 22, 10);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        assertEquals(PixelType.RGB48, filled.type());
        assertOutsideUnchanged(plate, filled, hole);
        assertEquals(0.0, FillFixtures.maxErrorInside(plate, filled, hole));
        assertEquals(301f, filled.sample(1, 22 * w + 25));
    }

    @Test
    void teleaContinuesASixteenBitRampPerChannel() {
        int w = 64;
        int h = 48;
        short[][] planes = new short[3][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                planes[0][y * w + x] = (short) (10000 + 700 * x);
                planes[1][y * w + x] = (short) (60000 - 500 * y);
                planes[2][y * w + x] = (short) (300 + 3 * x + 2 * y);
            }
        }
        Plate plate = Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        Mask hole = FillFixtures.rectangle(w, h, 10, 20, 40, 7);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        assertOutsideUnchanged(plate, filled, hole);
        // The first-order estimate is exact on a ramp where the gap is thinner than the radius (rounding only).
        assertTrue(FillFixtures.maxErrorInside(plate, filled, hole) <= 1.0,
                "max error " + FillFixtures.maxErrorInside(plate, filled, hole));
        int i = 23 * w + 30;
        assertArrayEquals(new float[] {31000, 48500, 436},
                new float[] {filled.sample(0, i), filled.sample(1, i), filled.sample(2, i)}, 1f);
    }
}
