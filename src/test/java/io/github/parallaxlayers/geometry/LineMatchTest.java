package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Match Camera's line rules without ImageJ: grouping, the horizon, the reference line, and their messages. */
class LineMatchTest {
    static final int W = 1920;
    static final int H = 1080;

    /** Lines through two vanishing points of a known camera (fov 50°, tilt 0, roll 0), two directions 90° apart. */
    static List<NamedLine> lines(String a, String b, int colourA, int colourB) {
        Camera camera = new Camera(W, H, 50, W / 2.0, H / 2.0, 0, 0, 1.6, "m");
        List<NamedLine> lines = new ArrayList<>();
        double[][] dirs = {{1, 0, -1}, {-1, 0, -1}};
        for (int d = 0; d < 2; d++) {
            for (int k = 0; k < 4; k++) {
                double y0 = -1 + 0.9 * k; // heights of parallel edges
                Vec3 p = new Vec3(k - 1.5, y0 + 1.6, -8);
                Vec3 q = new Vec3(p.x() + 2 * dirs[d][0], p.y(), p.z() + 2 * dirs[d][2]);
                double[] u = camera.project(p);
                double[] v = camera.project(q);
                lines.add(new NamedLine((d == 0 ? a : b) + "-" + (k + 1), d == 0 ? colourA : colourB,
                        new LineSegment(u[0], u[1], v[0], v[1])));
            }
        }
        return lines;
    }

    @Test
    void groupsByNameOrColourAndRecoversTheCamera() {
        LineMatch.Match byName = LineMatch.match(lines("x", "z", 0xff0000, 0x00ff00), false, "", W, H, Double.NaN, 1.6,
                "m", "", 0);
        assertEquals(50, byName.camera().verticalFov(), 1e-6);
        assertEquals(0, byName.camera().tilt(), 1e-6);
        assertEquals(List.of("x", "z"), byName.fit().points().stream().map(VanishingPoint::name).toList());
        LineMatch.Match byColour = LineMatch.match(lines("a", "a", 0xff0000, 0x00ff00), true, "", W, H, Double.NaN,
                1.6, "m", "", 0);
        assertEquals(50, byColour.camera().verticalFov(), 1e-6);
        assertEquals(List.of("#ff0000", "#00ff00"), byColour.fit().points().stream().map(VanishingPoint::name).toList());
    }

    @Test
    void badLinesAndHeightsGetOneClearLine() {
        List<NamedLine> unnamed = List.of(new NamedLine("7", NamedLine.NO_COLOUR, new LineSegment(0, 0, 10, 10)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LineMatch.match(unnamed, false, "", W, H, Double.NaN, 1.6, "m", "", 0));
        assertTrue(e.getMessage().contains("the name '7', which names no direction"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LineMatch.match(lines("x", "z", 0, 0), false, "up", W, H,
                Double.NaN, 1.6, "m", "", 0));
        assertEquals("vertical=up names no group of lines; the groups are: x, z.", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LineMatch.match(lines("x", "z", 0, 0), false, "", W, H,
                Double.NaN, 0, "m", "", 0));
        assertTrue(e.getMessage().startsWith("height=0 puts the camera at or below the ground"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LineMatch.match(lines("x", "z", 0, 0), false, "", W, H,
                Double.NaN, 1.6, "m", "door", 2));
        assertEquals("No line selection is named 'door' (reference=).", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LineMatch.match(lines("x", "z", 0, 0), false, "", W, H,
                Double.NaN, 1.6, "m", "x-1", 0));
        assertTrue(e.getMessage().startsWith("reference=x-1 needs the object's height"), e.getMessage());
    }
}
