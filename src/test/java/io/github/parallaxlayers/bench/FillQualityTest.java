package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's measures on cases computed by hand. */
class FillQualityTest {

    @Test
    void psnrOfAConstantErrorOfTenLevels() {
        byte[] a = new byte[16 * 16];
        byte[] b = new byte[16 * 16];
        java.util.Arrays.fill(a, (byte) 100);
        java.util.Arrays.fill(b, (byte) 110);
        // MSE 100: 10·log10(255² / 100) = 28.1308 dB.
        assertEquals(28.1308, FillQuality.psnr(Plate.gray8(16, 16, a), Plate.gray8(16, 16, b), null), 1e-4);
    }

    @Test
    void psnrInsideTheHoleIgnoresTheRest() {
        byte[] a = new byte[4];
        byte[] b = {0, 0, 0, (byte) 255};
        Mask hole = Mask.empty(2, 2);
        hole.set(0, true);
        assertEquals(Double.POSITIVE_INFINITY, FillQuality.psnr(Plate.gray8(2, 2, a), Plate.gray8(2, 2, b), hole));
        hole.set(3, true);
        // One of two pixels off by 255: MSE 255²/2, PSNR 10·log10(2) = 3.0103 dB.
        assertEquals(3.0103, FillQuality.psnr(Plate.gray8(2, 2, a), Plate.gray8(2, 2, b), hole), 1e-4);
    }

    @Test
    void ssimIsOneForIdenticalImagesAndLowerForNoise() {
        int w = 32;
        byte[] a = new byte[w * w];
        byte[] b = new byte[w * w];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (i % w * 8);
            b[i] = (byte) Math.max(0, Math.min(255, (i % w * 8) + r.nextInt(81) - 40));
        }
        assertEquals(1.0, FillQuality.ssim(Plate.gray8(w, w, a), Plate.gray8(w, w, a)), 1e-9);
        assertTrue(FillQuality.ssim(Plate.gray8(w, w, a), Plate.gray8(w, w, b)) < 0.9);
    }

    @Test
    void textureRatioIsOneForAnExactFillAndAsComputedByHandForAFlatOne() {
        int w = 8;
        byte[] ramp = new byte[w * w];
        byte[] flat = new byte[w * w];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i % w * 10);
            flat[i] = ramp[i];
        }
        Mask hole = Mask.empty(w, w);
        for (int y = 2; y < 6; y++) {
            for (int x = 2; x < 6; x++) {
                hole.set(x, y, true);
                flat[y * w + x] = 40;
            }
        }
        Plate truth = Plate.gray8(w, w, ramp);
        assertEquals(1.0, FillQuality.textureRatio(truth, truth, hole), 1e-9);
        // Central differences of the flat fill (ramp 10x outside, 40 inside x, y = 2..5): gx = 15, 0, 0, 10 along
        // each row; gy = ±(40 − 10x)/2 = 10, 5, 0, 5 on the top and bottom rows, 0 between. Magnitudes: two rows of
        // √325 + 5 + 0 + √125 and two rows of 25, sum 118.42, mean 7.401 over the truth's 10.
        double expected = (2 * (Math.sqrt(325) + 5 + Math.sqrt(125)) + 2 * 25) / 16 / 10;
        assertEquals(expected, FillQuality.textureRatio(truth, Plate.gray8(w, w, flat), hole), 1e-6);
    }

    @Test
    void surroundTextureLooksOnlyAsFarOutAsTheHoleIsDeep() {
        int w = 40;
        byte[] v = new byte[w * w];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                // A ramp of slope 2 (gradient magnitude 2) out to x = 29, noise beyond.
                v[y * w + x] = (byte) (x < 30 ? 2 * x : r.nextInt(256));
            }
        }
        Mask hole = Mask.empty(w, w);
        for (int y = 16; y < 24; y++) {
            for (int x = 16; x < 24; x++) {
                hole.set(y * w + x, true);
            }
        }
        // The 8×8 hole is 4 px deep: the ring reaches x = 27, whose central difference still sees only the ramp.
        assertEquals(1.0, FillQuality.surroundTextureRatio(Plate.gray8(w, w, v), hole), 1e-9);
        for (int y = 0; y < w; y++) {
            v[y * w + 27] = (byte) 200;
        }
        assertTrue(FillQuality.surroundTextureRatio(Plate.gray8(w, w, v), hole) > 2,
                "a bright column at x = 27 lies inside the ring and must raise its gradient");
    }

    /**
     * A texture filled with the same texture shifted (what an exemplar fill does at best when it cannot guess the
     * phase) against the truth blurred (what diffusion does): PSNR prefers the blur, the patch distance must prefer
     * the texture, and be 0 for the truth itself.
     */
    @Test
    void patchDistancePrefersAShiftedTextureToABlur() {
        int w = 96;
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[] noise = new double[(w + 16) * (w + 16)];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = r.nextDouble();
        }
        // A stationary texture: stripes plus noise smoothed over 3×3, defined a little beyond the plate.
        int big = w + 16;
        double[] tex = new double[big * big];
        for (int y = 1; y < big - 1; y++) {
            for (int x = 1; x < big - 1; x++) {
                double s = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        s += noise[(y + dy) * big + x + dx];
                    }
                }
                tex[y * big + x] = 128 + 50 * Math.sin(x * 0.9) + 60 * (s / 9 - 0.5) * 3;
            }
        }
        byte[] truth = new byte[w * w];
        byte[] shifted = new byte[w * w];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                truth[y * w + x] = clamp(tex[(y + 8) * big + x + 8]);
            }
        }
        Mask hole = Mask.empty(w, w);
        for (int y = 24; y < 72; y++) {
            for (int x = 24; x < 72; x++) {
                hole.set(x, y, true);
            }
        }
        byte[] blurred = truth.clone();
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // Shifted by 4 columns (the stripes, 7 px a period, half a period out of phase) and 5 rows.
                shifted[i] = hole.get(i) ? clamp(tex[(y + 8 - 5) * big + x + 8 + 4]) : truth[i];
                if (hole.get(i)) {
                    double s = 0;
                    for (int dy = -2; dy <= 2; dy++) {
                        for (int dx = -2; dx <= 2; dx++) {
                            s += truth[(y + dy) * w + x + dx] & 0xff;
                        }
                    }
                    blurred[i] = clamp(s / 25);
                }
            }
        }
        Plate t = Plate.gray8(w, w, truth);
        Plate shift = Plate.gray8(w, w, shifted);
        Plate blur = Plate.gray8(w, w, blurred);
        assertEquals(0, FillQuality.patchDistance(t, t, hole), 1e-9);
        assertTrue(FillQuality.psnr(t, blur, hole) > FillQuality.psnr(t, shift, hole) + 2,
                "PSNR rewards the blur: " + FillQuality.psnr(t, blur, hole) + " vs " + FillQuality.psnr(t, shift, hole));
        double dShift = FillQuality.patchDistance(t, shift, hole);
        double dBlur = FillQuality.patchDistance(t, blur, hole);
        // Measured 12.0 against 20.6 grey levels; what the shifted fill keeps is the seam along the hole's border.
        assertTrue(dShift < 0.75 * dBlur, "patch distance shifted " + dShift + " vs blurred " + dBlur);
        assertEquals(0, FillQuality.gradientHistogramDistance(t, t, hole), 1e-12);
        double hShift = FillQuality.gradientHistogramDistance(t, shift, hole);
        double hBlur = FillQuality.gradientHistogramDistance(t, blur, hole);
        // Measured 0.08 against 0.55: the blur moves half the gradient mass into lower magnitude bins.
        assertTrue(hShift < 0.2 && hBlur > 0.4, "gradient histogram shifted " + hShift + " vs blurred " + hBlur);
    }

    @Test
    void gradientHistogramOfAFlatFillOnARampAsComputedByHand() {
        // A ramp of slope 3 (every gradient: magnitude 3, angle 0, bin [2, 4) × sector 0); a flat fill in the 4×4
        // hole leaves gradient only where the central differences straddle its border.
        int w = 8;
        byte[] ramp = new byte[w * w];
        byte[] flat = new byte[w * w];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i % w * 3);
            flat[i] = ramp[i];
        }
        Mask hole = Mask.empty(w, w);
        for (int y = 2; y < 6; y++) {
            for (int x = 2; x < 6; x++) {
                hole.set(x, y, true);
                flat[y * w + x] = 9;
            }
        }
        Plate truth = Plate.gray8(w, w, ramp);
        Plate fill = Plate.gray8(w, w, flat);
        // Flat fill of 9: gx = 3, 0, 0, 4.5 along each hole row (x = 2..5); gy = ±(9 − 3x)/2 on the top and bottom
        // rows, 0 between. Only x = 2 of the two middle rows keeps the truth's gradient (3, 0); x = 2 on the outer
        // rows is (3, ±1.5), tilted ±26.6° into other sectors. 2 of 16 in the truth's bin: distance 1 − 2/16.
        assertEquals(0.875, FillQuality.gradientHistogramDistance(truth, fill, hole), 1e-9);
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
