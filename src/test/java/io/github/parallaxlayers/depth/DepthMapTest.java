package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepthMapTest {

    @Test
    void depthOfAnyBitDepthBecomesInverseDepthAndZeroIsUnknown() {
        short[] raw = {0, 2, 4, (short) 40000};
        DepthMap d = DepthMap.fromPlate(new Plate(4, 1, PixelType.GRAY16, raw), DepthKind.DEPTH, false);
        assertTrue(Float.isNaN(d.at(0)), "a distance of 0 is never valid");
        assertEquals(0.5f, d.at(1));
        assertEquals(0.25f, d.at(2));
        assertEquals(1f / 40000, d.at(3), 1e-12);
        assertEquals(3, d.knownCount());
        assertArrayEquals(new short[] {0, 2, 4, (short) 40000}, raw, "input untouched");
    }

    @Test
    void disparityZeroIsFarUnlessMarkedUnknown() {
        Plate p = Plate.gray8(3, 1, new byte[] {0, 8, (byte) 200});
        assertEquals(0f, DepthMap.fromPlate(p, DepthKind.DISPARITY, false).at(0));
        DepthMap unknown = DepthMap.fromPlate(p, DepthKind.DISPARITY, true);
        assertTrue(Float.isNaN(unknown.at(0)));
        assertEquals(200f, unknown.at(2));
        assertArrayEquals(new float[] {8, 200}, unknown.range());
    }

    @Test
    void badMapsAreRefusedWithAReason() {
        InvalidInputException rgb = assertThrows(InvalidInputException.class,
                () -> DepthMap.fromPlate(Plate.rgb(1, 1, new int[1]), DepthKind.DEPTH, false));
        assertTrue(rgb.getMessage().contains("32-bit"), rgb.getMessage());
        InvalidInputException colour16 = assertThrows(InvalidInputException.class, () -> DepthMap.fromPlate(
                Plate.rgb48(1, 1, new short[1], new short[1], new short[1]), DepthKind.DEPTH, false));
        assertTrue(colour16.getMessage().contains("16-bit colour") && colour16.getMessage().contains("Duplicate"),
                colour16.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> DepthMap.fromPlate(Plate.gray8(2, 1, new byte[2]), DepthKind.DISPARITY, true));
        assertTrue(empty.getMessage().contains("no known value"), empty.getMessage());
    }

    @Test
    void holesTakeTheFartherRowNeighbourAndEmptyRowsTheNearestRow() {
        float n = Float.NaN;
        DepthMap d = new DepthMap(5, 3, new float[] {
                n, n, n, n, n,
                9, n, n, 4, n,
                n, n, n, n, n});
        float[] f = d.withUnknownFilled().values();
        assertArrayEquals(new float[] {9, 4, 4, 4, 4}, java.util.Arrays.copyOfRange(f, 5, 10));
        assertArrayEquals(new float[] {9, 4, 4, 4, 4}, java.util.Arrays.copyOfRange(f, 0, 5));
        assertArrayEquals(new float[] {9, 4, 4, 4, 4}, java.util.Arrays.copyOfRange(f, 10, 15));
        assertTrue(Float.isNaN(d.at(1)), "original untouched");
    }

    @Test
    void emptyRowsCopyTheNearestKnownRowUpperOnATie() {
        float n = Float.NaN;
        DepthMap d = new DepthMap(2, 6, new float[] {n, n, 1, 1, n, n, n, n, 5, 5, n, n});
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5}, d.withUnknownFilled().values());
    }

    @Test
    void maskMedianLeavesOutTheEdgeBand() {
        // 7x7 mask of a 9x9 map: the edge ring of the mask reads 100 (spill onto a near object), inside 10..34
        int w = 9;
        float[] values = new float[w * w];
        Mask mask = Mask.empty(w, w);
        int k = 0;
        for (int y = 1; y <= 7; y++) {
            for (int x = 1; x <= 7; x++) {
                mask.set(x, y, true);
                boolean edge = x == 1 || x == 7 || y == 1 || y == 7;
                values[y * w + x] = edge ? 100 : 10 + k++;
            }
        }
        DepthMap d = new DepthMap(w, w, values);
        MaskDepth core = MaskDepth.of(d, mask, 1);
        assertEquals(25, core.samples());
        assertEquals(22, core.median(), 1e-9); // 10..34, middle value
        assertEquals(12.4, core.low(), 1e-9); // 10 + 0.1 * 24
        assertTrue(core.core());
        MaskDepth all = MaskDepth.of(d, mask, 0);
        assertEquals(49, all.samples());
        assertEquals(34, all.median(), 1e-9); // 25 values 10..34 below 24 edge values of 100: the 25th is 34
    }

    @Test
    void thinMaskFallsBackToAllItsPixels() {
        Mask line = Mask.empty(4, 3);
        for (int x = 0; x < 4; x++) {
            line.set(x, 1, true);
        }
        DepthMap d = new DepthMap(4, 3, new float[] {0, 0, 0, 0, 1, 2, 3, Float.NaN, 0, 0, 0, 0});
        MaskDepth m = MaskDepth.of(d, line, 2);
        assertFalse(m.core());
        assertEquals(3, m.samples());
        assertEquals(2, m.median(), 1e-9);
    }
}
