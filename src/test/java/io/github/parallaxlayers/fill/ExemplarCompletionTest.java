package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExemplarCompletionTest {

    /** A grey level whose hole is the square [x0, x0 + side)², on a plate of size × size with a ramp outside. */
    private static PatchLevel squareHole(int size, int x0, int side) {
        float[] image = new float[size * size];
        byte[] hole = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                boolean in = x >= x0 && x < x0 + side && y >= x0 && y < x0 + side;
                hole[i] = in ? (byte) 1 : 0;
                image[i] = in ? 0f : (x * 7 + y * 3) % 256;
            }
        }
        return new PatchLevel(size, size, 1, 3, image, hole);
    }

    @Test
    void thePyramidStopsAtTheFirstLevelWhoseHoleIsAtMost32PixelsThick() {
        // A 100 px square is 50 px thick: halved once it is 25 px thick, so two levels.
        List<PatchLevel> two = ExemplarCompletion.pyramid(squareHole(240, 70, 100));
        assertEquals(2, two.size());
        assertEquals(50, two.get(0).holeThickness(200));
        assertEquals(25, two.get(1).holeThickness(200));
        // A 200 px square (100 px thick) needs two halvings: 50, then 25.
        List<PatchLevel> three = ExemplarCompletion.pyramid(squareHole(400, 100, 200));
        assertEquals(3, three.size());
        assertEquals(25, three.get(2).holeThickness(200));
        // 60 px (30 thick) is thin enough already: no pyramid.
        assertEquals(1, ExemplarCompletion.pyramid(squareHole(200, 70, 60)).size());
    }

    @Test
    void theCoarsestLevelGetsTheMostIterationsAlsoWhenItIsTheFullSizeOne() {
        assertEquals(12, ExemplarCompletion.emIterations(0, 1));
        assertEquals(12, ExemplarCompletion.emIterations(3, 4));
        assertEquals(8, ExemplarCompletion.emIterations(2, 4));
        assertEquals(3, ExemplarCompletion.emIterations(1, 4));
        assertEquals(2, ExemplarCompletion.emIterations(0, 4));
    }
}
