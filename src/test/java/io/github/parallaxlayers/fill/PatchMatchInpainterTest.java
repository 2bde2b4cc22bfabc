package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchMatchInpainterTest {

    @Test
    void stripesContinueTheirPeriodWhereTeleaBlursThem() {
        Plate truth = FillFixtures.stripes(96, 80);
        Mask hole = FillFixtures.disc(96, 80, 48, 40, 14);
        Plate patch = new PatchMatchInpainter().fill(truth, hole, ProgressListener.NONE);
        Plate telea = new TeleaInpainter().fill(truth, hole, ProgressListener.NONE);
        double patchError = FillFixtures.meanErrorInside(truth, patch, hole);
        double teleaError = FillFixtures.meanErrorInside(truth, telea, hole);
        assertTrue(patchError < 5, "patch mean error " + patchError + " (stripes are 190 levels apart)");
        assertTrue(teleaError > 5 * patchError + 20, "telea " + teleaError + " vs patch " + patchError);
    }

    @Test
    void aCheckerboardIsContinuedInColourAcrossABorderHole() {
        Plate truth = FillFixtures.checkerboard(80, 80);
        Mask hole = FillFixtures.rectangle(80, 80, 50, 20, 30, 24);
        Plate patch = new PatchMatchInpainter().fill(truth, hole, ProgressListener.NONE);
        Plate telea = new TeleaInpainter().fill(truth, hole, ProgressListener.NONE);
        double patchError = FillFixtures.meanErrorInside(truth, patch, hole);
        double teleaError = FillFixtures.meanErrorInside(truth, telea, hole);
        assertTrue(patchError < 8, "patch mean error " + patchError);
        assertTrue(teleaError > 4 * patchError + 20, "telea " + teleaError + " vs patch " + patchError);
    }

    @Test
    void sixteenBitTextureIsFilledInItsOwnRange() {
        int w = 72;
        int h = 72;
        short[] s = new short[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                s[y * w + x] = (short) (((x / 4 + y / 4) % 2 == 0) ? 1000 : 61000);
            }
        }
        Plate truth = new Plate(w, h, PixelType.GRAY16, s);
        Mask hole = FillFixtures.disc(w, h, 36, 36, 12);
        Plate patch = new PatchMatchInpainter().fill(truth, hole, ProgressListener.NONE);
        double error = FillFixtures.meanErrorInside(truth, patch, hole);
        assertTrue(error < 60000 * 0.04, "mean error " + error + " of a 60000-level contrast");
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnotherOne() {
        Plate plate = FillFixtures.noisy(PixelType.RGB, 90, 70, 11);
        Mask hole = FillFixtures.disc(90, 70, 40, 30, 15);
        Plate a = new PatchMatchInpainter(5).fill(plate, hole, ProgressListener.NONE);
        Plate b = new PatchMatchInpainter(5).fill(plate, hole, ProgressListener.NONE);
        assertArrayEquals((int[]) a.pixels(), (int[]) b.pixels());
        Plate other = new PatchMatchInpainter(6).fill(plate, hole, ProgressListener.NONE);
        assertFalse(java.util.Arrays.equals((int[]) a.pixels(), (int[]) other.pixels()),
                "the seed drives the random search, so another seed should give another fill of noise");
        assertEquals("patch", new PatchMatchInpainter().id());
    }

    @Test
    void aThinKnownStripWithoutWholePatchesFallsBackToDiffusion() {
        Plate plate = FillFixtures.stripes(40, 30);
        // Only the top 4 rows are known: no 7×7 patch fits outside the hole.
        Mask hole = FillFixtures.rectangle(40, 30, 0, 4, 40, 26);
        Plate patch = new PatchMatchInpainter().fill(plate, hole, ProgressListener.NONE);
        Plate telea = new TeleaInpainter(5, TeleaEstimate.MEAN).fill(plate, hole, ProgressListener.NONE);
        assertArrayEquals((byte[]) telea.pixels(), (byte[]) patch.pixels());
    }
}
