package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
        // (100, 80) is on the hidden part of the line (y = 0.4 x + 40); it takes the roof's direction, from both continuations.
        int n = edges.scaled(1, 3).directionsAt(100, 80, directions, 0);
        assertEquals(2, n);
        double roofAngle = Math.atan(SLOPE);
        for (int k = 0; k < n; k++) {
            double angle = Math.atan(directions[2 * k + 1] / directions[2 * k]);
            assertEquals(roofAngle, angle, Math.toRadians(1.5));
        }
        // A pixel inside the hole but 10 px off the line takes none, nor does one beyond the hole on the line.
        assertEquals(0, edges.scaled(1, 3).directionsAt(100, 70, directions, 0));
        assertEquals(0, edges.scaled(1, 3).directionsAt(30, 52, directions, 0));
        // Halved, the same continuation reaches the same place of the halved image.
        assertEquals(2, edges.scaled(0.5, 1.5).directionsAt(50, 40, directions, 0));
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
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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
        // A segment of no length at the hole has no direction: ignored (stepping along NaN would never leave it).
        byte[] corner = hole.clone();
        corner[0] = 1;
        assertEquals(0, ContinuedEdges.find(List.of(new StraightEdges.Segment(84, 80, 84, 80)), corner, W, H).count());
        // Points into the hole from 2 px before it: continued until it comes out, 30 px of hole later.
        ContinuedEdges edges = ContinuedEdges.find(List.of(new StraightEdges.Segment(40, 80, 83, 80)), hole, W, H);
        assertEquals(1, edges.count());
        double[] directions = new double[2];
        assertEquals(1, edges.scaled(1, 1).directionsAt(114, 80, directions, 0));
        assertEquals(1.0, directions[0], 1e-12);
        assertEquals(0, edges.scaled(1, 1).directionsAt(119, 80, directions, 0));
    }

    @Test
    void theDirectionsListedPerPixelAreExactlyThoseOfTheContinuationsWithinTheBand() {
        byte[] hole = new byte[W * H];
        for (int y = 50; y < 110; y++) {
            for (int x = 60; x < 150; x++) {
                if (Math.hypot(x - 105, y - 80) < 32) {
                    hole[y * W + x] = 1;
                }
            }
        }
        // Segments ending just outside a disc hole, pointing at its centre from every side and at slants.
        List<StraightEdges.Segment> segments = new java.util.ArrayList<>();
        for (int a = 0; a < 360; a += 23) {
            double ux = Math.cos(Math.toRadians(a));
            double uy = Math.sin(Math.toRadians(a));
            double ex = 105 - 34 * ux;
            double ey = 80 - 34 * uy;
            segments.add(new StraightEdges.Segment(ex - 20 * ux, ey - 20 * uy, ex, ey));
        }
        ContinuedEdges found = ContinuedEdges.find(segments, hole, W, H);
        assertEquals(segments.size(), found.count());
        for (double band : new double[] {1, 2.5, 3}) {
            ContinuedEdges edges = found.scaled(1, band);
            double[] out = new double[2 * edges.count()];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    double[] expected = new double[out.length];
                    int count = 0;
                    for (int c = 0; c < edges.count(); c++) {
                        double[] l = edges.continuation(c);
                        double dx = x - l[0];
                        double dy = y - l[1];
                        double along = dx * l[2] + dy * l[3];
                        if (along >= -band && along <= l[4] + band && Math.abs(dx * l[3] - dy * l[2]) <= band) {
                            expected[2 * count] = l[2];
                            expected[2 * count + 1] = l[3];
                            count++;
                        }
                    }
                    int n = edges.directionsAt(x, y, out, 0);
                    assertEquals(count, n, "directions at (" + x + ", " + y + ")");
                    for (int k = 0; k < 2 * n; k++) {
                        assertEquals(expected[k], out[k], 0.0);
                    }
                }
            }
        }
    }
}
