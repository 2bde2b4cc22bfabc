package io.github.parallaxlayers.mask;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentsTest {

    @Test
    void diagonalPixelsJoinOnlyWithEightConnectivity() {
        Mask m = Mask.empty(4, 4);
        m.set(1, 1, true);
        m.set(2, 2, true);
        m.set(3, 0, true);
        assertEquals(3, Components.of(m, Connectivity.FOUR).count());
        Components eight = Components.of(m, Connectivity.EIGHT);
        assertEquals(2, eight.count());
        assertEquals(2, eight.area(eight.label(1, 1)));
        assertEquals(eight.label(1, 1), eight.largest());
    }

    @Test
    void holesAreOutsideComponentsThatMissTheBorder() {
        Mask ring = Mask.full(5, 5);
        ring.set(2, 2, false);
        ring.set(0, 0, false);
        Components outside = Components.ofOutside(ring, Connectivity.FOUR);
        assertEquals(2, outside.count());
        assertFalse(outside.touchesBorder(outside.label(2, 2)));
        assertTrue(outside.touchesBorder(outside.label(0, 0)));
        Mask hole = outside.select(l -> !outside.touchesBorder(l));
        assertEquals(1, hole.count());
        assertTrue(hole.get(2, 2));
    }
}
