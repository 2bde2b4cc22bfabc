package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VanishingDirectionsTest {

    /** {@code count} segments 30–60 px long on lines through (vx, vy), spread over a 640 × 480 plate. */
    private static void towards(List<StraightEdges.Segment> out, double vx, double vy, int count, SplittableRandom r) {
        for (int k = 0; k < count; k++) {
            double x = 40 + r.nextDouble() * 560;
            double y = 40 + r.nextDouble() * 400;
            double dx = vx - x;
            double dy = vy - y;
            double n = Math.hypot(dx, dy);
            double half = (15 + r.nextDouble() * 15) / n;
            out.add(new StraightEdges.Segment(x - dx * half, y - dy * half, x + dx * half, y + dy * half));
        }
    }

    @Test
    void twoPointsAndAVerticalDirectionAreFoundAmongClutter() {
        SplittableRandom random = new SplittableRandom(9);
        List<StraightEdges.Segment> segments = new ArrayList<>();
        towards(segments, -400, 200, 40, random);
        towards(segments, 1300, 260, 30, random);
        for (int k = 0; k < 25; k++) {
            double x = 40 + random.nextDouble() * 560;
            double y = 40 + random.nextDouble() * 400;
            segments.add(new StraightEdges.Segment(x, y - 20, x, y + 20));
        }
        for (int k = 0; k < 15; k++) {
            double x = random.nextDouble() * 600;
            double y = random.nextDouble() * 440;
            double a = random.nextDouble() * Math.PI;
            segments.add(new StraightEdges.Segment(x, y, x + 25 * Math.cos(a), y + 25 * Math.sin(a)));
        }
        VanishingDirections v = VanishingDirections.find(segments, 640, 480, 1);
        assertEquals(3, v.count());
        boolean left = false;
        boolean right = false;
        boolean vertical = false;
        for (int k = 0; k < 3; k++) {
            double[] p = v.point(k);
            // Seen from the plate's centre, the vertical segments' point lies straight up or down (within 0.2°).
            double fromCentreX = p[0] - 320 * p[2];
            double fromCentreY = p[1] - 240 * p[2];
            if (Math.abs(fromCentreX) < Math.tan(Math.toRadians(0.2)) * Math.abs(fromCentreY)) {
                vertical = true;
                continue;
            }
            double x = p[0] / p[2];
            double y = p[1] / p[2];
            left |= Math.hypot(x + 400, y - 200) < 2;
            right |= Math.hypot(x - 1300, y - 260) < 5;
        }
        assertTrue(left && right && vertical, "points " + describe(v));
    }

    @Test
    void fewerThanEightSegmentsOfADirectionGiveNoPoint() {
        SplittableRandom random = new SplittableRandom(2);
        List<StraightEdges.Segment> segments = new ArrayList<>();
        towards(segments, 320, -2000, 7, random);
        assertEquals(0, VanishingDirections.find(segments, 640, 480, 1).count());
        assertEquals(0, VanishingDirections.find(List.of(), 640, 480, 1).count());
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        SplittableRandom random = new SplittableRandom(4);
        List<StraightEdges.Segment> segments = new ArrayList<>();
        towards(segments, 900, 100, 20, random);
        towards(segments, -300, 300, 20, random);
        assertEquals(describe(VanishingDirections.find(segments, 640, 480, 7)),
                describe(VanishingDirections.find(segments, 640, 480, 7)));
    }

    @Test
    void aSourceOffTheLinesCostsItsPerpendicularDistanceUpToTheCap() {
        SplittableRandom random = new SplittableRandom(5);
        List<StraightEdges.Segment> segments = new ArrayList<>();
        towards(segments, 1000, 100, 20, random);
        VanishingDirections v = VanishingDirections.find(segments, 640, 480, 1);
        assertEquals(1, v.count());
        // From (100, 100) the line runs straight along y = 100 to the point.
        assertEquals(0, v.offLines(100, 100, 400, 100, 64), 0.05);
        assertEquals(0, v.offLines(100, 100, 20, 100, 64), 0.05);
        assertEquals(12, v.offLines(100, 100, 400, 112, 64), 0.05);
        assertEquals(64, v.offLines(100, 100, 100, 300, 64), 1e-9);
        // In a level of half the size the same geometry holds at half the coordinates.
        assertEquals(6, v.scaled(0.5).offLines(50, 50, 200, 56, 64), 0.05);
        assertEquals(64, VanishingDirections.NONE.offLines(1, 2, 3, 4, 64), 1e-9);
    }

    @Test
    void aTargetSittingOnAPointHasNoLineThroughIt() {
        // A finite point at (1000, 100) and a point at infinity along y (the vertical direction).
        VanishingDirections v = new VanishingDirections(new double[] {1000, 100, 1, 0, 1, 0});
        double[] directions = new double[4];
        assertEquals(2, v.directionsAt(100, 100, directions));
        assertEquals(1, directions[0], 1e-12);
        assertEquals(0, directions[1], 1e-12);
        assertEquals(0, directions[2], 1e-12);
        assertEquals(1, directions[3], 1e-12);
        // A step of (3, 4) lies 4 off the horizontal line and 3 off the vertical one.
        assertEquals(3, VanishingDirections.offLines(directions, 2, 3, 4, 64), 1e-12);
        assertEquals(3, VanishingDirections.offLines(directions, 1, 0, 3, 64), 1e-12);
        // On the finite point itself only the vertical line is left.
        assertEquals(1, v.directionsAt(1000, 100, directions));
        assertEquals(0, directions[0], 1e-12);
        assertEquals(1, directions[1], 1e-12);
        assertEquals(64, VanishingDirections.offLines(directions, 0, 3, 4, 64), 1e-12);
    }

    @Test
    void edgesOfARenderedPerspectiveGridMeetAtTheirVanishingPoint() {
        // Lines fanning out from (-200, 150) across a 400 × 300 image, drawn as dark 3 px stripes.
        int w = 400;
        int h = 300;
        float[] luma = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double angle = Math.atan2(y - 150, x + 200);
                double phase = angle / Math.toRadians(4);
                double frac = phase - Math.floor(phase);
                luma[y * w + x] = frac < 0.15 * (x + 200) / 600 * 4 ? 30f : 210f;
            }
        }
        List<StraightEdges.Segment> edges = StraightEdges.find(luma, new byte[w * h], w, h, 20);
        VanishingDirections v = VanishingDirections.find(edges, w, h, 1);
        assertTrue(v.count() >= 1, edges.size() + " edges");
        double[] p = v.point(0);
        assertEquals(-200, p[0] / p[2], 6, describe(v));
        assertEquals(150, p[1] / p[2], 6, describe(v));
    }

    private static String describe(VanishingDirections v) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < v.count(); k++) {
            s.append(java.util.Arrays.toString(v.point(k))).append(' ');
        }
        return s.toString();
    }
}
