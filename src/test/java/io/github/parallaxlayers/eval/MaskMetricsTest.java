package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MaskMetricsTest {
    private static final double EPS = 1e-12;

    static Mask rect(int w, int h, int x0, int y0, int x1, int y1) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    @Test
    void regionMetricsOfAWiderPredictionByHand() {
        Mask truth = rect(4, 4, 1, 1, 2, 2);   // 4 px
        Mask pred = rect(4, 4, 1, 1, 3, 2);    // 6 px: TP 4, FP 2, FN 0, TN 10
        MaskScores s = MaskMetrics.score(pred, truth, null);
        assertEquals(4.0 / 6, s.iou(), EPS);
        assertEquals(8.0 / 10, s.dice(), EPS);
        assertEquals(4.0 / 6, s.precision(), EPS);
        assertEquals(1.0, s.recall(), EPS);
        assertEquals(14.0 / 16, s.accuracy(), EPS);
        assertEquals(1, s.components());
    }

    @Test
    void ignoredPixelsCountNowhere() {
        Mask truth = rect(4, 4, 1, 1, 2, 2);
        Mask pred = rect(4, 4, 1, 1, 3, 2);
        Mask ignore = rect(4, 4, 3, 0, 3, 3);  // holds both false positives
        MaskScores s = MaskMetrics.score(pred, truth, ignore);
        assertEquals(1.0, s.iou(), EPS);
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(12.0 / 12, s.accuracy(), EPS);
        // an ignore region over a missed truth pixel: TP 3, FN 0 (ignored), FP 2 -> IoU 3/5
        Mask ignoreMiss = Mask.empty(4, 4);
        ignoreMiss.set(1, 1, true);
        assertEquals(3.0 / 5, MaskMetrics.iou(pred, truth, ignoreMiss), EPS);
        assertEquals(13.0 / 15, MaskMetrics.accuracy(pred, truth, ignoreMiss), EPS);
    }

    @Test
    void emptyMaskConventions() {
        Mask empty = Mask.empty(5, 5);
        Mask object = rect(5, 5, 1, 1, 2, 2);
        assertEquals(1.0, MaskMetrics.iou(empty, empty, null));
        assertEquals(1.0, MaskMetrics.dice(empty, empty, null));
        assertEquals(1.0, MaskMetrics.boundaryF(empty, empty, null));
        assertEquals(1.0, MaskMetrics.boundaryIou(empty, empty, null));
        assertEquals(0.0, MaskMetrics.iou(empty, object, null));
        assertEquals(0.0, MaskMetrics.dice(empty, object, null));
        assertEquals(0.0, MaskMetrics.recall(empty, object, null));
        assertEquals(1.0, MaskMetrics.precision(empty, object, null));
        assertEquals(0.0, MaskMetrics.boundaryF(empty, object, null));
        assertEquals(0.0, MaskMetrics.boundaryIou(empty, object, null));
        assertEquals(0.0, MaskMetrics.iou(object, empty, null));
        assertEquals(21.0 / 25, MaskMetrics.accuracy(object, empty, null), EPS);
        assertEquals(0, MaskMetrics.componentCount(empty));
    }

    @Test
    void davisBoundaryMapMarksBothSidesLikeSeg2bmap() {
        Mask truth = rect(4, 4, 1, 1, 2, 2);
        Mask expected = Mask.empty(4, 4);
        int[][] points = {{0, 0}, {1, 0}, {2, 0}, {0, 1}, {2, 1}, {0, 2}, {1, 2}, {2, 2}};
        for (int[] p : points) {
            expected.set(p[0], p[1], true);
        }
        assertEquals(expected, MaskMetrics.seg2bmap(truth));
    }

    @Test
    void boundaryFMeasureByHand() {
        Mask truth = rect(4, 4, 1, 1, 2, 2);   // 8 boundary px
        Mask pred = rect(4, 4, 1, 1, 3, 2);    // 9 boundary px, 7 shared
        // tolerance 0: P = 7/9, R = 7/8, F = 2PR/(P+R) = 14/17
        assertEquals(14.0 / 17, MaskMetrics.boundaryF(pred, truth, null, 0), EPS);
        // tolerance 1 (ceil(0.008 * 5.66)): every boundary pixel has a partner within one pixel
        assertEquals(1, MaskMetrics.davisTolerance(4, 4));
        assertEquals(1.0, MaskMetrics.boundaryF(pred, truth, null), EPS);
        // ignoring column 3 drops pred's two unmatched pixels (3,0) and (3,2): P = 1, R = 7/8
        Mask ignore = rect(4, 4, 3, 0, 3, 3);
        assertEquals(2 * (7.0 / 8) / (1 + 7.0 / 8), MaskMetrics.boundaryF(pred, truth, ignore, 0), EPS);
        assertEquals(2, MaskMetrics.davisTolerance(100, 100));   // 0.008 * 141.4 = 1.13
        assertEquals(5, MaskMetrics.davisTolerance(481, 321));   // 0.008 * 578.3 = 4.63
    }

    @Test
    void boundaryIouByHand() {
        Mask truth = rect(5, 5, 1, 1, 3, 3);  // band of width 1: the 8-pixel ring
        Mask pred = rect(5, 5, 1, 1, 4, 4);   // touches the frame: its band is its 12-pixel ring
        assertEquals(1, MaskMetrics.boundaryIouWidth(5, 5));
        assertEquals(8, MaskMetrics.innerBand(truth, 1).count());
        assertEquals(12, MaskMetrics.innerBand(pred, 1).count());
        // shared band pixels: (1,1) (2,1) (3,1) (1,2) (1,3) -> 5 of a union of 8 + 12 - 5
        assertEquals(5.0 / 15, MaskMetrics.boundaryIou(pred, truth, null), EPS);
        assertEquals(9.0 / 16, MaskMetrics.iou(pred, truth, null), EPS);
        // ignoring column 4 removes 4 band pixels of the prediction
        assertEquals(5.0 / 11, MaskMetrics.boundaryIou(pred, truth, rect(5, 5, 4, 0, 4, 4)), EPS);
        // width 2 covers the whole 3x3 square: band IoU equals the plain IoU of the two squares' bands
        assertEquals(9, MaskMetrics.innerBand(truth, 2).count());
        assertEquals(3, MaskMetrics.boundaryIouWidth(100, 100));  // round(0.02 * 141.4) = 3
    }

    @Test
    void componentsUseEightConnectivity() {
        Mask m = Mask.empty(5, 5);
        m.set(0, 0, true);
        m.set(1, 1, true);
        m.set(4, 4, true);
        assertEquals(2, MaskMetrics.componentCount(m));
    }

    @Test
    void mismatchedSizesAreRejectedWithBothSizes() {
        var e = assertThrows(io.github.parallaxlayers.core.InvalidInputException.class,
                () -> MaskMetrics.iou(Mask.empty(3, 4), Mask.empty(4, 3), null));
        assertEquals("The predicted mask is 3x4 but the ground truth is 4x3: compare masks of the same image size.",
                e.getMessage());
    }
}
