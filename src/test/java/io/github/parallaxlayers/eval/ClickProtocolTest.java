package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.parallaxlayers.eval.MaskMetricsTest.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClickProtocolTest {

    @Test
    void firstClickIsTheFirstDistanceMaximumOfTheObject() {
        // 7 x 5 rectangle: (4,5), (5,5), (6,5) are all 3 px from the border; scan order picks (4,5)
        Mask truth = rect(12, 10, 2, 3, 8, 7);
        assertEquals(Click.positive(4, 5), ClickProtocol.nextClick(truth, null, null, null));
    }

    @Test
    void theImageFrameCountsAsBorder() {
        // an object in the top-left corner: without the frame as border row 0 would be farthest
        Mask truth = rect(10, 10, 0, 0, 5, 3);
        assertEquals(Click.positive(1, 1), ClickProtocol.nextClick(truth, null, null, null));
    }

    @Test
    void clickedPixelsAreNotChosenAgain() {
        Mask truth = rect(12, 10, 2, 3, 8, 7);
        boolean[] clicked = new boolean[120];
        clicked[5 * 12 + 4] = true;
        assertEquals(Click.positive(5, 5), ClickProtocol.nextClick(truth, null, null, clicked));
    }

    @Test
    void theRegionWithTheFartherInteriorPointGetsTheClick() {
        Mask truth = rect(20, 10, 2, 2, 7, 7);
        // misses columns 2..4 of the object (max distance 2) and adds a 7 x 8 false block (max distance 4)
        Mask pred = rect(20, 10, 5, 2, 7, 7);
        for (int y = 1; y <= 8; y++) {
            for (int x = 12; x <= 18; x++) {
                pred.set(x, y, true);
            }
        }
        assertEquals(Click.negative(15, 4), ClickProtocol.nextClick(truth, null, pred, null));
        // with only a one-pixel false positive, the false-negative strip wins: a positive click
        Mask small = rect(20, 10, 5, 2, 7, 7);
        small.set(15, 4, true);
        assertEquals(Click.positive(3, 3), ClickProtocol.nextClick(truth, null, small, null));
        // an ignore region over the false negatives leaves only the false positive pixel to click
        assertEquals(Click.negative(15, 4), ClickProtocol.nextClick(truth, rect(20, 10, 2, 2, 4, 7), small, null));
    }

    @Test
    void equalMaximaGoToTheNegativeClickAsInRitm() {
        Mask truth = Mask.empty(9, 3);
        truth.set(1, 1, true);
        Mask pred = Mask.empty(9, 3);
        pred.set(7, 1, true);
        assertEquals(Click.negative(7, 1), ClickProtocol.nextClick(truth, null, pred, null));
    }

    @Test
    void anExactMaskLeavesNothingToClick() {
        Mask truth = rect(6, 6, 1, 1, 3, 3);
        assertNull(ClickProtocol.nextClick(truth, null, truth.copy(), null));
    }

    @Test
    void oracleThatIsRightFromClickKGivesNocK() {
        Mask truth = rect(30, 20, 5, 4, 20, 15);
        Plate plate = Plate.gray8(30, 20, new byte[600]);
        for (int k = 1; k <= 5; k++) {
            int needed = k;
            OracleSegmenter oracle = new OracleSegmenter(p -> truth, p -> needed);
            ImageClickResult r = new ClickProtocol(20).run("rect", oracle, plate, truth, null, ProgressListener.NONE);
            assertEquals(k, r.clicksTo(0.85));
            assertEquals(k, r.clicksTo(0.90));
            assertEquals(k, r.clicks().size(), "clicking stops once the mask is exact");
            assertEquals(k, r.msPerClick().length);
            assertEquals(20, r.iouPerClick().length);
            for (int i = 0; i < 20; i++) {
                assertEquals(i + 1 < k ? 0.0 : 1.0, r.iouPerClick()[i], "IoU after click " + (i + 1));
            }
            assertEquals(1, oracle.sessionsOpened);
            // every prompt holds all clicks so far, and from the second on the previous mask
            for (int i = 0; i < oracle.prompts.size(); i++) {
                assertEquals(i + 1, oracle.prompts.get(i).clicks().size());
                if (i > 0) {
                    assertNotNull(oracle.prompts.get(i).previous());
                }
            }
            // an empty answer leaves the whole object missed, so every click is positive at a new pixel
            assertEquals(r.clicks().stream().distinct().count(), r.clicks().size());
            r.clicks().forEach(c -> assertEquals(true, c.positive()));
        }
    }

    @Test
    void summaryOverImagesWithKnownNoc() {
        Mask truth = rect(30, 20, 5, 4, 20, 15);
        Plate three = Plate.gray8(30, 20, new byte[600]);
        Plate five = Plate.gray8(30, 20, new byte[600]);
        Plate never = Plate.gray8(30, 20, new byte[600]);
        OracleSegmenter oracle = new OracleSegmenter(p -> truth, p -> p == three ? 3 : p == five ? 5 : 99);
        ClickProtocol protocol = new ClickProtocol(6);
        List<ImageClickResult> results = List.of(
                protocol.run("three", oracle, three, truth, null, ProgressListener.NONE),
                protocol.run("five", oracle, five, truth, null, ProgressListener.NONE),
                protocol.run("never", oracle, never, truth, null, ProgressListener.NONE));
        ClickEvaluation e = new ClickEvaluation("synthetic", "pairs", "oracle", 6, results);
        assertEquals((3 + 5 + 6) / 3.0, e.noc85(), 1e-12);
        assertEquals((3 + 5 + 6) / 3.0, e.noc90(), 1e-12);
        assertEquals(1, e.overMax90());
        assertArrayEquals(new double[]{0, 0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 2 / 3.0}, e.miouPerClick(), 1e-12);
        assertEquals(3 + 5 + 6, e.images().stream().mapToInt(r -> r.msPerClick().length).sum());
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        assertEquals(2.5, ClickEvaluation.percentile(new double[]{4, 1, 3, 2}, 50), 1e-12);
        assertEquals(3.85, ClickEvaluation.percentile(new double[]{4, 1, 3, 2}, 95), 1e-12);
        assertEquals(7.0, ClickEvaluation.percentile(new double[]{7}, 95), 1e-12);
    }

    @Test
    void cancellingStopsBetweenClicks() {
        Mask truth = rect(30, 20, 5, 4, 20, 15);
        Plate plate = Plate.gray8(30, 20, new byte[600]);
        OracleSegmenter oracle = new OracleSegmenter(p -> truth, p -> 10);
        ProgressListener cancelAfterTwo = new ProgressListener() {
            int calls;

            @Override
            public void progress(double fraction, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 2;
            }
        };
        assertThrows(CancelledException.class,
                () -> new ClickProtocol(20).run("rect", oracle, plate, truth, null, cancelAfterTwo));
        assertEquals(2, oracle.prompts.size());
    }

    @Test
    void anObjectHiddenByTheIgnoreRegionIsReported() {
        Mask truth = rect(10, 10, 2, 2, 4, 4);
        Plate plate = Plate.gray8(10, 10, new byte[100]);
        var e = assertThrows(InvalidInputException.class, () -> new ClickProtocol(5).run("hidden",
                new OracleSegmenter(p -> truth, p -> 1), plate, truth, truth, ProgressListener.NONE));
        assertEquals("The ground truth of hidden has no object pixel outside the ignore region: there is nothing "
                + "to click on.", e.getMessage());
    }

    @Test
    void nextClickMatchesABruteForceSimulatedUser() {
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int w = 4 + random.nextInt(20);
            int h = 4 + random.nextInt(20);
            Mask truth = Mask.empty(w, h);
            Mask pred = Mask.empty(w, h);
            Mask ignore = Mask.empty(w, h);
            boolean[] clicked = new boolean[w * h];
            for (int i = 0; i < w * h; i++) {
                truth.set(i, random.nextDouble() < 0.5);
                pred.set(i, random.nextDouble() < 0.5);
                ignore.set(i, random.nextDouble() < 0.1);
                clicked[i] = random.nextDouble() < 0.1;
            }
            assertEquals(bruteNextClick(truth, ignore, pred, clicked),
                    ClickProtocol.nextClick(truth, ignore, pred, clicked), "trial " + trial);
        }
    }

    /** RITM's rule spelled out: squared distance to the nearest non-region pixel or frame position. */
    private static Click bruteNextClick(Mask truth, Mask ignore, Mask pred, boolean[] clicked) {
        int w = truth.width();
        int h = truth.height();
        double[] best = {0, 0};
        int[] at = {-1, -1};
        for (int region = 0; region < 2; region++) {
            for (int i = 0; i < w * h; i++) {
                if (clicked[i] || !inError(region, i, truth, ignore, pred)) {
                    continue;
                }
                int x = i % w;
                int y = i / w;
                double d = Math.min(Math.min((x + 1) * (x + 1), (w - x) * (w - x)),
                        Math.min((y + 1) * (y + 1), (h - y) * (h - y)));
                for (int j = 0; j < w * h; j++) {
                    if (!inError(region, j, truth, ignore, pred)) {
                        int dx = j % w - x;
                        int dy = j / w - y;
                        d = Math.min(d, dx * dx + dy * dy);
                    }
                }
                if (d > best[region]) {
                    best[region] = d;
                    at[region] = i;
                }
            }
        }
        if (at[0] < 0 && at[1] < 0) {
            return null;
        }
        boolean positive = best[0] > best[1];
        int i = positive ? at[0] : at[1];
        return new Click(i % w, i / w, positive);
    }

    /** Region 0: false negatives, region 1: false positives; ignored pixels are in neither. */
    private static boolean inError(int region, int i, Mask truth, Mask ignore, Mask pred) {
        if (ignore.get(i)) {
            return false;
        }
        return region == 0 ? truth.get(i) && !pred.get(i) : pred.get(i) && !truth.get(i);
    }
}
