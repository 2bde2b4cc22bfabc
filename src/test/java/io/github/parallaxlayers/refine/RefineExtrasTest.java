package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefineExtrasTest {

    private static Mask rect(int w, int h, int x0, int y0, int rw, int rh) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y < y0 + rh; y++) {
            for (int x = x0; x < x0 + rw; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    @Test
    void openRemovesThinPartsAndCloseFillsNarrowGaps() {
        Mask m = rect(40, 20, 2, 2, 12, 12);
        for (int x = 14; x < 30; x++) {
            m.set(x, 7, true); // a 1 px wire
        }
        Mask opened = MaskRefinement.open(m, 2);
        assertFalse(opened.get(20, 7), "the wire is gone");
        assertTrue(opened.get(8, 8));
        // A 12×12 square opened by the radius-2 disk keeps all but 3 pixels per corner: offsets (1,2), (2,1),
        // (2,2) from the corner are farther than 2 px from the 8×8 eroded core.
        assertEquals(144 - 12, MaskRefinement.open(rect(40, 20, 2, 2, 12, 12), 2).count());

        Mask gap = MaskRefinement.union(rect(40, 20, 2, 2, 10, 10), rect(40, 20, 14, 2, 10, 10));
        Mask closed = MaskRefinement.close(gap, 2);
        assertTrue(closed.get(12, 6) && closed.get(13, 6), "the 2 px gap is closed");
        assertFalse(closed.get(30, 6));
    }

    @Test
    void keepTouchingKeepsOnlyClickedComponents() {
        Mask m = MaskRefinement.union(rect(30, 10, 1, 1, 5, 5), rect(30, 10, 20, 1, 5, 5));
        Mask kept = MaskRefinement.keepTouching(m, new int[][] {{22, 3}});
        assertEquals(25, kept.count());
        assertTrue(kept.get(22, 3));
        assertFalse(kept.get(3, 3));
    }

    @Test
    void algebraOnTinyMasks() {
        Mask a = rect(4, 1, 0, 0, 2, 1); // 1100
        Mask b = rect(4, 1, 1, 0, 2, 1); // 0110
        assertEquals("1110", bits(MaskAlgebra.combine(a, b, MaskOperation.UNION)));
        assertEquals("0100", bits(MaskAlgebra.combine(a, b, MaskOperation.INTERSECTION)));
        assertEquals("1000", bits(MaskAlgebra.combine(a, b, MaskOperation.SUBTRACT)));
        assertEquals("1010", bits(MaskAlgebra.combine(a, b, MaskOperation.XOR)));
    }

    @Test
    void separateMakesLayersExclusiveOrOverlapByAMargin() {
        Mask front = rect(20, 1, 5, 0, 5, 1);   // 5..9
        Mask back = Mask.full(20, 1);
        List<Mask> exclusive = MaskAlgebra.separate(List.of(front, back), 0);
        assertEquals(15, exclusive.get(1).count());
        assertFalse(exclusive.get(1).get(5));
        List<Mask> overlapping = MaskAlgebra.separate(List.of(front, back), 2);
        assertTrue(overlapping.get(1).get(5) && overlapping.get(1).get(6), "2 px under the front's edge");
        assertFalse(overlapping.get(1).get(7));
    }

    @Test
    void featherIsMonotoneAcrossTheEdgeAndPlacedByMode() {
        Mask half = rect(40, 1, 0, 0, 20, 1); // inside for x < 20, border at x = 20
        byte[] inside = Feather.alpha(half, 8, FeatherMode.INSIDE);
        byte[] centred = Feather.alpha(half, 8, FeatherMode.CENTRED);
        byte[] outside = Feather.alpha(half, 8, FeatherMode.OUTSIDE);
        for (int x = 1; x < 40; x++) {
            assertTrue((inside[x] & 0xff) <= (inside[x - 1] & 0xff), "monotone at " + x);
            assertTrue((centred[x] & 0xff) <= (centred[x - 1] & 0xff));
        }
        assertEquals(0, inside[20] & 0xff, "nothing outside shows");
        assertEquals(255, inside[11] & 0xff, "8.5 px inside the border is opaque");
        assertEquals(Math.round(0.5 / 8 * 255), inside[19] & 0xff);
        assertEquals(Math.round(4.5 / 8 * 255), centred[19] & 0xff);
        assertEquals(255, outside[19] & 0xff, "outside mode keeps the whole mask opaque");
        assertEquals(Math.round(7.5 / 8 * 255), outside[20] & 0xff);
    }

    @Test
    void boxFilterMatchesBruteForce() {
        Random random = new Random(3);
        int w = 13;
        int h = 9;
        float[] in = new float[w * h];
        for (int i = 0; i < in.length; i++) {
            in[i] = random.nextFloat();
        }
        float[] fast = BoxFilter.mean(in, w, h, 3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                int n = 0;
                for (int yy = Math.max(0, y - 3); yy <= Math.min(h - 1, y + 3); yy++) {
                    for (int xx = Math.max(0, x - 3); xx <= Math.min(w - 1, x + 3); xx++) {
                        sum += in[yy * w + xx];
                        n++;
                    }
                }
                assertEquals(sum / n, fast[y * w + x], 1e-5);
            }
        }
    }

    @Test
    void edgeAwareFeatherSnapsASoftEdgeToThePlateEdge() {
        // The plate has an edge at x = 24; the mask's border is 4 px off, at x = 20.
        int w = 48;
        int h = 16;
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i % w < 24 ? 0xd02020 : 0x2040e0;
        }
        Plate plate = Plate.rgb(w, h, rgb);
        Mask mask = rect(w, h, 0, 0, 20, h);
        byte[] plain = Feather.alpha(mask, 2, FeatherMode.CENTRED);
        byte[] snapped = EdgeAwareFeather.alpha(mask, plate, 2, FeatherMode.CENTRED, 8, 1e-3);
        int row = 8 * w;
        assertEquals(0, plain[row + 22] & 0xff);
        assertTrue((snapped[row + 22] & 0xff) > (plain[row + 22] & 0xff) + 60, "the red region up to the plate "
                + "edge joins the mask: " + (snapped[row + 22] & 0xff));
        int steepest = 0;
        for (int x = 1; x < w; x++) {
            int drop = (snapped[row + x - 1] & 0xff) - (snapped[row + x] & 0xff);
            int best = (snapped[row + steepest - (steepest > 0 ? 1 : 0)] & 0xff) - (snapped[row + steepest] & 0xff);
            if (drop > best) {
                steepest = x;
            }
        }
        assertEquals(24, steepest, "the alpha falls fastest at the plate's edge, not at the mask's");
        assertTrue((snapped[row + 27] & 0xff) < 40, "the blue side stays out: " + (snapped[row + 27] & 0xff));
        assertEquals(255, snapped[row + 2] & 0xff, "far inside is untouched");
    }

    @Test
    void guidedFilterWithTheInputAsGuideAndTinyEpsKeepsTheInput() {
        // He et al.: with I = p and eps → 0, a = 1 and b = 0 in every window, so q = p (edges fully preserved).
        Random random = new Random(2);
        int w = 20;
        int h = 12;
        float[] p = new float[w * h];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextFloat();
        }
        float[] q = GuidedFilter.filter(new float[][] {p}, p, w, h, 3, 1e-9);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], q[i], 1e-3);
        }
        // and with a huge eps it becomes a (double) box blur: a flat input stays flat
        float[] flat = new float[w * h];
        java.util.Arrays.fill(flat, 0.25f);
        float[] blurred = GuidedFilter.filter(new float[][] {p, p, p}, flat, w, h, 3, 1e-3, 2);
        for (float v : blurred) {
            assertEquals(0.25f, v, 1e-4);
        }
    }

    @Test
    void outlinesFillBackToTheSameMask() {
        Random random = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            Mask m = Mask.empty(17, 13);
            for (int i = 0; i < m.size(); i++) {
                m.set(i, random.nextDouble() < 0.45);
            }
            List<Outlines.Polygon> polygons = Outlines.trace(m, 0);
            assertArrayEquals(m.data(), Outlines.fill(polygons, 17, 13).data(), "trial " + trial);
        }
    }

    @Test
    void outlineOfARectangleWithAHole() {
        Mask ring = rect(10, 10, 1, 1, 8, 8);
        ring.set(4, 4, false);
        List<Outlines.Polygon> polygons = Outlines.trace(ring, 0);
        assertEquals(2, polygons.size());
        assertEquals(4, polygons.get(0).size());
        assertEquals(64.0, Math.abs(polygons.get(0).signedArea()));
        assertEquals(1.0, Math.abs(polygons.get(1).signedArea()));
    }

    @Test
    void simplificationWithinTolerance() {
        Mask disk = Mask.empty(64, 64);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                disk.set(x, y, (x - 31.5) * (x - 31.5) + (y - 31.5) * (y - 31.5) <= 25 * 25);
            }
        }
        Outlines.Polygon exact = Outlines.trace(disk, 0).get(0);
        Outlines.Polygon simple = Outlines.trace(disk, 1.0).get(0);
        assertTrue(simple.size() < exact.size() / 3, simple.size() + " of " + exact.size());
        Mask back = Outlines.fill(List.of(simple), 64, 64);
        int differ = 0;
        for (int i = 0; i < back.size(); i++) {
            differ += back.get(i) != disk.get(i) ? 1 : 0;
        }
        assertTrue(differ < 2 * Math.PI * 25 * 1.0, "changes stay within the 1 px band: " + differ);
    }

    private static String bits(Mask m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            sb.append(m.get(i) ? '1' : '0');
        }
        return sb.toString();
    }
}
