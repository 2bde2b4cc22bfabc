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

    @Test
    void aLinearRampIsContinuedToFirstOrder() {
        // v = 2x + 0.5y + 10, a first-order estimate I(q) + ∇I(q)·(p − q) is exact on it wherever the
        // gradient at q is taken from central differences (away from the frame).
        int w = 64;
        int h = 48;
        float[] f = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                f[y * w + x] = 2f * x + 0.5f * y + 10f;
            }
        }
        Plate plate = new Plate(w, h, PixelType.GRAY32, f);
        Mask hole = FillFixtures.rectangle(w, h, 20, 15, 20, 16);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        double max = FillFixtures.maxErrorInside(plate, filled, hole);
        assertTrue(max < 0.05, "max error " + max + " on a ramp with values 10..143");
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
        // Touches the top border; the values it hides lie within those outside (the fill keeps to the known range).
        Mask hole = FillFixtures.rectangle(w, h, 22, 0, 20, 20);
        Plate filled = new TeleaInpainter().fill(plate, hole, ProgressListener.NONE);
        double max = FillFixtures.maxErrorInside(plate, filled, hole);
        // Rounding of the known 8-bit values breaks exact linearity by up to half a level per step.
        assertTrue(max <= 3, "max error " + max + " levels");
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
