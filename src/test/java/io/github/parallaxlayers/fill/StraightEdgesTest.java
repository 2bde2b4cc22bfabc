package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StraightEdgesTest {

    /** A dark band between two parallel edges at {@code degrees} from the x axis, through the image centre. */
    static float[] band(int w, int h, double degrees, double halfWidth) {
        double ux = Math.cos(Math.toRadians(degrees));
        double uy = Math.sin(Math.toRadians(degrees));
        float[] luma = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double across = -(x - w / 2.0) * uy + (y - h / 2.0) * ux;
                luma[y * w + x] = Math.abs(across) < halfWidth ? 40f : 200f;
            }
        }
        return luma;
    }

    @Test
    void aSlantedBandGivesTwoSegmentsAlongItsEdges() {
        int w = 200;
        int h = 200;
        List<StraightEdges.Segment> segments = StraightEdges.find(band(w, h, 30, 10), new byte[w * h], w, h, 20);
        assertEquals(2, segments.size(), segments.toString());
        for (StraightEdges.Segment s : segments) {
            double degrees = Math.toDegrees(Math.atan2(s.y2() - s.y1(), s.x2() - s.x1()));
            double off = Math.abs(Math.IEEEremainder(degrees - 30, 180));
            assertTrue(off < 1.0, "direction " + degrees);
            assertTrue(s.length() > 150, "length " + s.length());
            // Each edge lies 10 px from the band's centre line.
            double mx = (s.x1() + s.x2()) / 2 - w / 2.0;
            double my = (s.y1() + s.y2()) / 2 - h / 2.0;
            double across = Math.abs(-mx * Math.sin(Math.toRadians(30)) + my * Math.cos(Math.toRadians(30)));
            assertEquals(10, across, 1.0);
        }
    }

    @Test
    void theHoleCutsEdgesAndShortPiecesAreDropped() {
        int w = 200;
        int h = 200;
        byte[] hole = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 20; x < 180; x++) {
                hole[y * w + x] = 1;
            }
        }
        // A horizontal band: only 20 px of each edge is known on either side of the hole.
        float[] luma = band(w, h, 0, 10);
        assertEquals(4, StraightEdges.find(luma, hole, w, h, 15).size());
        assertEquals(0, StraightEdges.find(luma, hole, w, h, 25).size());
    }

    @Test
    void noiseAndCurvesGiveNoLongSegments() {
        int w = 160;
        int h = 160;
        float[] luma = new float[w * h];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = Math.hypot(x - 80, y - 80);
                luma[y * w + x] = (r < 50 ? 60f : 190f) + random.nextInt(10);
            }
        }
        // The circle's edge turns 22.5° every 20 px: no region may grow into a segment of 40 px.
        assertEquals(0, StraightEdges.find(luma, new byte[w * h], w, h, 40).size());
    }
}
