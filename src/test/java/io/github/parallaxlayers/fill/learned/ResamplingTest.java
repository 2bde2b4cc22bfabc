package io.github.parallaxlayers.fill.learned;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The horizontal and vertical passes of the resize are written differently (for speed) but must filter alike. */
class ResamplingTest {

    private static RgbImage random(int w, int h, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RgbImage image = RgbImage.blank(w, h);
        for (float[] channel : image.channels()) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (float) random.nextDouble(0, 255);
            }
        }
        return image;
    }

    private static RgbImage transposed(RgbImage image) {
        int w = image.width();
        int h = image.height();
        RgbImage out = RgbImage.blank(h, w);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.channels()[c][x * h + y] = image.channels()[c][y * w + x];
                }
            }
        }
        return out;
    }

    @Test
    void resizingTheTransposeIsTheTransposeOfTheResize() {
        // Shrinking (footprint average), growing (bilinear) and mixed, with sizes that do not divide evenly; the
        // passes run in the other order on the transpose, so only rounding may differ.
        int[][] cases = {{97, 61, 40, 23}, {31, 17, 77, 50}, {64, 90, 100, 33}};
        for (int[] c : cases) {
            RgbImage image = random(c[0], c[1], c[0] * 1000L + c[1]);
            RgbImage direct = transposed(Resampling.resize(image, c[2], c[3]));
            RgbImage viaTranspose = Resampling.resize(transposed(image), c[3], c[2]);
            for (int ch = 0; ch < 3; ch++) {
                assertArrayEquals(direct.channels()[ch], viaTranspose.channels()[ch], 1e-3f,
                        c[0] + "x" + c[1] + " -> " + c[2] + "x" + c[3] + ", channel " + ch);
            }
        }
    }

    @Test
    void halvingAVerticalRampAveragesEachPairOfRows() {
        RgbImage ramp = RgbImage.blank(5, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 5; x++) {
                ramp.channels()[1][y * 5 + x] = 10 * y;
            }
        }
        RgbImage half = Resampling.resize(ramp, 5, 4);
        // Output row t is centred on source row 2t + 0.5; a linear ramp averages to its value there.
        for (int t = 1; t < 3; t++) {
            assertEquals(10 * (2 * t + 0.5), half.channels()[1][t * 5 + 2], 1e-4);
        }
    }
}
