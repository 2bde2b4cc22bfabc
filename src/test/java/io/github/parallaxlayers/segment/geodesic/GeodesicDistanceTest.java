package io.github.parallaxlayers.segment.geodesic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeodesicDistanceTest {

    @Test
    void flatImageGivesChamferDistance() {
        int w = 9;
        int h = 7;
        float[][] flat = {new float[w * h]};
        float[] distance = new float[w * h];
        Arrays.fill(distance, GeodesicDistance.FAR);
        distance[0] = 0;
        GeodesicDistance.relax(distance, w, h, GeodesicDistance.stepCosts(w, h, flat, 1, 5));
        assertEquals(8, distance[8], 1e-5);
        assertEquals(6 * Math.sqrt(2), distance[6 * w + 6], 1e-4);
        assertEquals(6 * Math.sqrt(2) + 2, distance[6 * w + 8], 1e-4);
    }

    @Test
    void anEdgeLengthensPathsAcrossIt() {
        int w = 10;
        int h = 5;
        float[] field = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 5; x < w; x++) {
                field[y * w + x] = 1;
            }
        }
        float[] distance = new float[w * h];
        Arrays.fill(distance, GeodesicDistance.FAR);
        distance[2 * w] = 0;
        GeodesicDistance.relax(distance, w, h, GeodesicDistance.stepCosts(w, h, new float[][] {field}, 1, 10));
        assertEquals(4, distance[2 * w + 4], 1e-5);
        assertEquals(5 + 10, distance[2 * w + 5], 1e-5);
        assertTrue(distance[2 * w + 9] >= 15);
    }
}
