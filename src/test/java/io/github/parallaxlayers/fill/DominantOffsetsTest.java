package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DominantOffsetsTest {

    /**
     * A facade: 6 × 8 px windows repeating every 13 px across and 17 px down on a wall with fine noise that is the
     * same in every cell (so the period is exact), and a square hole in the middle.
     */
    private static PatchLevel facade(int size, int holeSide) {
        float[] cellNoise = new float[13 * 17];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < cellNoise.length; i++) {
            cellNoise[i] = random.nextInt(24);
        }
        float[] image = new float[size * size];
        byte[] hole = new byte[size * size];
        int x0 = (size - holeSide) / 2;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                int cx = x % 13;
                int cy = y % 17;
                boolean window = cx >= 3 && cx < 9 && cy >= 4 && cy < 12;
                boolean in = x >= x0 && x < x0 + holeSide && y >= x0 && y < x0 + holeSide;
                hole[i] = in ? (byte) 1 : 0;
                image[i] = in ? 0f : (window ? 40f : 170f) + cellNoise[cy * 13 + cx];
            }
        }
        return new PatchLevel(size, size, 1, 3, image, hole);
    }

    @Test
    void aFacadesMostFrequentOffsetsAreMultiplesOfItsPeriod() {
        int[] offsets = DominantOffsets.find(facade(160, 40), 8, 20_000, 1);
        assertTrue(offsets.length >= 8, "found " + offsets.length / 2);
        for (int k = 0; k < 8; k += 2) {
            int dx = offsets[k];
            int dy = offsets[k + 1];
            assertEquals(0, Math.floorMod(dx, 13), "offset " + dx + ", " + dy);
            assertEquals(0, Math.floorMod(dy, 17), "offset " + dx + ", " + dy);
            assertTrue(Math.max(Math.abs(dx), Math.abs(dy)) >= DominantOffsets.MIN_SHIFT);
        }
    }

    @Test
    void theSameSeedGivesTheSameOffsets() {
        PatchLevel level = facade(120, 30);
        assertArrayEquals(DominantOffsets.find(level, 32, 20_000, 3), DominantOffsets.find(level, 32, 20_000, 3));
    }

    @Test
    void aLevelWithoutSourcesNearTheHoleHasNoOffsets() {
        // The hole covers all but a border narrower than a patch: no whole source patch anywhere.
        int size = 40;
        float[] image = new float[size * size];
        byte[] hole = new byte[size * size];
        for (int y = 2; y < size - 2; y++) {
            for (int x = 2; x < size - 2; x++) {
                hole[y * size + x] = 1;
            }
        }
        assertEquals(0, DominantOffsets.find(new PatchLevel(size, size, 1, 3, image, hole), 32, 20_000, 1).length);
    }
}
