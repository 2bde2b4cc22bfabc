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

    @Test
    void matchesAFloodFillOnRandomMasks() {
        java.util.Random random = new java.util.Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int w = 1 + random.nextInt(30);
            int h = 1 + random.nextInt(30);
            Mask m = Mask.empty(w, h);
            for (int i = 0; i < w * h; i++) {
                m.set(i, random.nextDouble() < 0.5);
            }
            for (Connectivity c : Connectivity.values()) {
                Components comps = Components.of(m, c);
                int[] reference = floodLabels(m, c == Connectivity.EIGHT);
                int expectedCount = 0;
                for (int i = 0; i < reference.length; i++) {
                    expectedCount = Math.max(expectedCount, reference[i]);
                    for (int j = 0; j < i; j++) {
                        if (reference[i] != 0 && reference[j] != 0) {
                            assertEquals(reference[i] == reference[j], comps.labels()[i] == comps.labels()[j]);
                        }
                    }
                    assertEquals(reference[i] == 0, comps.labels()[i] == 0);
                }
                assertEquals(expectedCount, comps.count());
            }
        }
    }

    private static int[] floodLabels(Mask m, boolean eight) {
        int w = m.width();
        int h = m.height();
        int[] labels = new int[w * h];
        int next = 0;
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int s = 0; s < labels.length; s++) {
            if (!m.get(s) || labels[s] != 0) {
                continue;
            }
            labels[s] = ++next;
            queue.add(s);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx == 0 && dy == 0) || (!eight && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int x = p % w + dx;
                        int y = p / w + dy;
                        if (x >= 0 && y >= 0 && x < w && y < h && m.get(x, y) && labels[y * w + x] == 0) {
                            labels[y * w + x] = next;
                            queue.add(y * w + x);
                        }
                    }
                }
            }
        }
        return labels;
    }
}
