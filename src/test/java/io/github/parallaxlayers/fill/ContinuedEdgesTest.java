package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContinuedEdgesTest {
    private static final int W = 200;
    private static final int H = 150;
    /** A roof line: dark below y = 0.4 x + 40, bright above; slope not along any image axis. */
    private static final double SLOPE = 0.4;
    private static final double OFFSET = 40;

    private static float roof(int x, int y) {
        return y > SLOPE * x + OFFSET ? 60f : 210f;
    }

    /** A 30 × 30 hole centred on the roof line at x = 100. */
    private static byte[] holeOnTheLine() {
        byte[] hole = new byte[W * H];
        int cy = (int) Math.round(SLOPE * 100 + OFFSET);
        for (int y = cy - 15; y < cy + 15; y++) {
            for (int x = 85; x < 115; x++) {
                hole[y * W + x] = 1;
            }
        }
        return hole;
    }

    private static double distanceToRoof(double x, double y) {
        return Math.abs(SLOPE * x - y + OFFSET) / Math.hypot(SLOPE, 1);
    }

    @Test
    void aSlantedEdgeCutByTheHoleIsContinuedFromBothSidesAcrossIt() {
        byte[] hole = holeOnTheLine();
        float[] luma = new float[W * H];
        for (int i = 0; i < W * H; i++) {
            luma[i] = hole[i] != 0 ? 0f : roof(i % W, i / W);
        }
        List<StraightEdges.Segment> segments = StraightEdges.find(luma, hole, W, H, 10);
        ContinuedEdges edges = ContinuedEdges.find(segments, hole, W, H);

        assertEquals(2, edges.count(), "one continuation from each side of the hole");
        double[] directions = new double[4];
        // A pixel on the hidden part of the line takes the roof's direction, from both continuations.
        int n = edges.scaled(1, 3).directionsAt(100, SLOPE * 100 + OFFSET, directions, 0);
        assertEquals(2, n);
        double roofAngle = Math.atan(SLOPE);
        for (int k = 0; k < n; k++) {
            double angle = Math.atan(directions[2 * k + 1] / directions[2 * k]);
            assertEquals(roofAngle, angle, Math.toRadians(1.5));
        }
        // A pixel inside the hole but 10 px off the line takes none, nor does one beyond the hole on the line.
        assertEquals(0, edges.scaled(1, 3).directionsAt(100, SLOPE * 100 + OFFSET - 10, directions, 0));
        assertEquals(0, edges.scaled(1, 3).directionsAt(30, SLOPE * 30 + OFFSET, directions, 0));
        // Halved, the same continuation reaches the same place of the halved image.
        assertEquals(2, edges.scaled(0.5, 1.5).directionsAt(50, (SLOPE * 100 + OFFSET) / 2, directions, 0));
    }

    @Test
    void extrudingCarriesTheEdgesProfileIntoTheHoleAndLeavesTheRest() {
        byte[] hole = holeOnTheLine();
        float[] image = new float[W * H];
        for (int i = 0; i < W * H; i++) {
            image[i] = hole[i] != 0 ? -1f : roof(i % W, i / W);
        }
        PatchLevel level = new PatchLevel(W, H, 1, 3, image, hole);
        ContinuedEdges edges = ContinuedEdges.find(
                StraightEdges.find(image.clone(), hole, W, H, 10), hole, W, H).scaled(1, 3);
        edges.extrude(level);

        int carried = 0;
        for (int i = 0; i < W * H; i++) {
            int x = i % W;
            int y = i / W;
            double off = distanceToRoof(x, y);
            if (hole[i] == 0) {
                assertEquals(roof(x, y), image[i], 0f, "known pixels stay");
            } else if (off > 4.5) {
                assertEquals(-1f, image[i], 0f, "hole pixels away from the line are left as they were");
            } else if (off > 1.5 && off < 2.5) {
                assertEquals(roof(x, y), image[i], 1f, "the side of the edge at (" + x + ", " + y + ")");
                carried++;
            }
        }
        assertTrue(carried >= 50, "pixels checked on both sides of the hidden line: " + carried);
    }

    @Test
    void onlyEdgesThatRunIntoTheHoleAreContinued() {
        byte[] hole = holeOnTheLine();
        List<StraightEdges.Segment> segments = List.of(
                // ends 12 px before the hole: not cut by it
                new StraightEdges.Segment(20, 20, 73, 20),
                // runs along beside the hole without entering it
                new StraightEdges.Segment(80, 10, 120, 10),
                // points away from the hole at its end near it
                new StraightEdges.Segment(84, 60, 40, 60));
        assertEquals(0, ContinuedEdges.find(segments, hole, W, H).count());
        // Points into the hole from 2 px before it: continued until it comes out, 30 px of hole later.
        ContinuedEdges edges = ContinuedEdges.find(List.of(new StraightEdges.Segment(40, 80, 83, 80)), hole, W, H);
        assertEquals(1, edges.count());
        double[] directions = new double[2];
        assertEquals(1, edges.scaled(1, 1).directionsAt(114, 80, directions, 0));
        assertEquals(1.0, directions[0], 1e-12);
        assertEquals(0, edges.scaled(1, 1).directionsAt(119, 80, directions, 0));
    }
}
