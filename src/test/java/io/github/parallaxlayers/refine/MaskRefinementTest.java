package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskRefinementTest {

    /** A 20×20 square ring (outer 10×10 at 5,5) with a 4×4 hole, plus a 2×2 island and a 3×3 island. */
    private static Mask sample() {
        Mask m = Mask.empty(40, 30);
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 15; x++) {
                m.set(x, y, !(x >= 8 && x < 12 && y >= 8 && y < 12));
            }
        }
        m.set(30, 3, true);
        m.set(31, 3, true);
        m.set(30, 4, true);
        m.set(31, 4, true);
        for (int y = 20; y < 23; y++) {
            for (int x = 30; x < 33; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    @Test
    void fillHolesHonoursTheAreaLimit() {
        Mask m = sample();
        assertEquals(84 + 4 + 9, m.count());
        assertEquals(100 + 4 + 9, MaskRefinement.fillHoles(m, 0).count());
        assertEquals(100 + 4 + 9, MaskRefinement.fillHoles(m, 17).count());
        assertEquals(84 + 4 + 9, MaskRefinement.fillHoles(m, 16).count(), "a 16 px² hole is not below 16");
        assertEquals(84 + 4 + 9, m.count(), "input untouched");
    }

    @Test
    void removeIslandsAndKeepLargest() {
        Mask m = sample();
        assertEquals(84 + 9, MaskRefinement.removeIslands(m, 5).count());
        assertEquals(84, MaskRefinement.removeIslands(m, 10).count());
        assertEquals(84, MaskRefinement.keepLargest(m).count());
    }

    @Test
    void growIsAnExactEuclideanDisk() {
        Mask dot = Mask.empty(21, 21);
        dot.set(10, 10, true);
        Mask grown = MaskRefinement.grow(dot, 3);
        int expected = 0;
        for (int y = -3; y <= 3; y++) {
            for (int x = -3; x <= 3; x++) {
                if (x * x + y * y <= 9) {
                    expected++;
                }
            }
        }
        assertEquals(expected, grown.count());
        assertTrue(grown.get(13, 10));
        assertFalse(grown.get(13, 13), "corners of a square kernel must not be set");
        assertTrue(grown.get(12, 12));
    }

    @Test
    void shrinkUndoesGrowOnASquare() {
        Mask square = Mask.empty(30, 30);
        for (int y = 10; y < 20; y++) {
            for (int x = 10; x < 20; x++) {
                square.set(x, y, true);
            }
        }
        Mask shrunk = MaskRefinement.shrink(square, 2);
        assertEquals(36, shrunk.count());
        assertTrue(shrunk.get(12, 12));
        assertFalse(shrunk.get(11, 12));
        assertEquals(square, MaskRefinement.shrink(MaskRefinement.grow(square, 2), 2));
    }
}
