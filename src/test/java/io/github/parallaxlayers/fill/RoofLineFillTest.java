package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case the continued edges are for (issue 23): a hole over a slanted roof line against the sky, where the line
 * meets no vanishing point. The fill must carry the line on straight, sky above and roof below. A clean synthetic
 * line like this one was already carried on before the continued edges (checked with variants: larger holes, brick
 * courses, a gable's apex), so this guards the behaviour end to end; the continuations themselves are tested in
 * {@link ContinuedEdgesTest} and their effect on photographs measured in docs/evaluation.md.
 */
class RoofLineFillTest {
    private static final int W = 240;
    private static final int H = 180;

    /** The roof line: sky above y = 60 + 0.45 x, roof tiles below. */
    private static double roofY(double x) {
        return 60 + 0.45 * x;
    }

    private static Plate gable() {
        SplittableRandom random = new SplittableRandom(7);
        int[] rgb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int r;
                int g;
                int b;
                if (y < roofY(x)) {
                    // Sky: light blue, brighter upwards, with a little sensor noise.
                    int n = random.nextInt(7) - 3;
                    r = 150 + y / 4 + n;
                    g = 180 + y / 5 + n;
                    b = 235 + n;
                } else {
                    // Tiles: dark red-brown rows of tiles with noise.
                    int row = ((int) (y - roofY(x)) / 6) % 2;
                    int n = random.nextInt(41) - 20;
                    r = 120 + 25 * row + n;
                    g = 50 + 10 * row + n / 2;
                    b = 40 + n / 2;
                }
                rgb[y * W + x] = (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
            }
        }
        return Plate.rgb(W, H, rgb);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    @Test
    void aRoofLineAgainstTheSkyIsCarriedStraightAcrossTheHole() {
        Plate plate = gable();
        Mask hole = FillFixtures.disc(W, H, 120, roofY(120), 24);
        Plate filled = new PatchMatchInpainter().fillHole(plate, hole, ProgressListener.NONE);
        int wrong = 0;
        int columns = 0;
        for (int x = 0; x < W; x++) {
            boolean any = false;
            for (int y = 0; y < H; y++) {
                if (!hole.get(x, y)) {
                    continue;
                }
                any = true;
                boolean sky = filled.sample(2, y * W + x) > 150;
                // A pixel the line passes through may go either way.
                if (Math.abs(y - roofY(x)) > 1 && sky != y < roofY(x)) {
                    wrong++;
                }
            }
            if (any) {
                columns++;
            }
        }
        assertTrue(wrong <= columns, "pixels on the wrong side of the roof line: " + wrong + " in " + columns
                + " columns of the hole (at most one per column allowed)");
    }
}
