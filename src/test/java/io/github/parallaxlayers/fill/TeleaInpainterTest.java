package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeleaInpainterTest {

    @Test
    void aConstantPlateIsFilledExactly() {
        short[] values = new short[50 * 40];
        Arrays.fill(values, (short) 41234);
        Plate plate = new Plate(50, 40, PixelType.GRAY16, values);
        Mask hole = FillFixtures.disc(50, 40, 25, 20, 12);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        assertEquals(0.0, FillFixtures.maxErrorInside(plate, filled, hole));
    }

    /** v = 2x + 0.5y + 10 on a 32-bit plate. */
    private static Plate ramp(int w, int h) {
        float[] f = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                f[y * w + x] = 2f * x + 0.5f * y + 10f;
            }
        }
        return new Plate(w, h, PixelType.GRAY32, f);
    }

    @Test
    void aRampIsContinuedExactlyAcrossAGapThinnerThanTheRadius() {
        // Every hole pixel is within the radius of known pixels, whose measured gradient is exact on a ramp, so
        // each first-order estimate I(q) + ∇I(q)·(p − q) is exact.
        Plate plate = ramp(64, 48);
        Mask hole = FillFixtures.rectangle(64, 48, 10, 20, 40, 7);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        double max = FillFixtures.maxErrorInside(plate, filled, hole);
        assertTrue(max < 1e-3, "max error " + max + " on a ramp with values 10..143");
        // The mean estimate cannot continue a slope: it lags by about a pixel's step.
        Plate mean = new TeleaInpainter(5, TeleaEstimate.MEAN).fill(plate, hole, ProgressListener.NONE);
        assertTrue(FillFixtures.maxErrorInside(plate, mean, hole) > 1.0);
    }

    @Test
    void aRampIsNearlyContinuedAcrossAHoleDeeperThanTheRadius() {
        // Depth 8 > radius 5: the middle rows see only filled pixels, which pass the measured gradient on once.
        Plate plate = ramp(64, 48);
        Mask hole = FillFixtures.rectangle(64, 48, 20, 15, 20, 16);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        double max = FillFixtures.maxErrorInside(plate, filled, hole);
        assertTrue(max < 1.5, "max error " + max + " with a slope of 2 per pixel");
    }

    @Test
    void aSmoothRgbGradientTouchingTheBorderIsFilledNearlyExactly() {
        int w = 64;
        int h = 64;
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 40 + 2 * x;
                int g = 200 - 2 * y;
                int b = 100 + x - y;
                rgb[y * w + x] = r << 16 | g << 8 | b;
            }
        }
        Plate plate = Plate.rgb(w, h, rgb);
        // An 8-pixel-wide slot down from the top border: the values it hides lie within those outside (the fill
        // keeps to the known range), and no hole pixel is farther than the radius from known ones.
        Mask hole = FillFixtures.rectangle(w, h, 28, 0, 8, 20);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        double max = FillFixtures.maxErrorInside(plate, filled, hole);
        assertTrue(max <= 1, "max error " + max + " levels");
    }

    @Test
    void aSinglePixelHoleBetweenTwoValuesGetsTheirMean() {
        byte[] b = new byte[9];
        Arrays.fill(b, (byte) 100);
        b[3] = (byte) 10;
        b[5] = (byte) 190;
        b[1] = (byte) 100;
        b[7] = (byte) 100;
        // 3×3 plate, hole in the centre; left 10, right 190, top and bottom 100: symmetric weights give 100.
        Plate plate = Plate.gray8(3, 3, b);
        Mask hole = Mask.empty(3, 3);
        hole.set(1, 1, true);
        Plate filled = new TeleaInpainter(1).fill(plate, hole, ProgressListener.NONE);
        assertEquals(100f, filled.sample(0, 4), 1f);
    }

    @Test
    void aRadiusOutOfRangeIsRefused() {
        assertThrows(InvalidInputException.class, () -> new TeleaInpainter(0));
    }
}
