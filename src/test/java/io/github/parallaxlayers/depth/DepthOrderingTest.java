package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepthOrderingTest {

    @Test
    void sortsFrontToBackWithDisparityRatioHintsAndFlagsASpreadLayer() {
        // 12x4 map: columns 0-3 disparity 2 (far wall), 4-7 disparity 8 (near), 8-11 a ramp 2..8 (a slanted floor)
        int w = 12;
        int h = 4;
        float[] d = new float[w * h];
        Mask wall = Mask.empty(w, h);
        Mask near = Mask.empty(w, h);
        Mask ramp = Mask.empty(w, h);
        Mask unknown = Mask.empty(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x < 4) {
                    d[i] = 2;
                    wall.set(i, true);
                } else if (x < 8) {
                    d[i] = 8;
                    near.set(i, true);
                } else {
                    d[i] = 2 + 2 * (x - 8);
                    ramp.set(i, true);
                }
            }
        }
        d[0] = Float.NaN;
        unknown.set(0, true);
        List<OrderedLayer> order = DepthOrdering.order(List.of(unknown, wall, ramp, near),
                List.of("hole", "wall", "ramp", "near"), new DepthMap(w, h, d), 0, 0.5, ProgressListener.NONE);
        assertEquals(List.of("near", "ramp", "wall", "hole"), order.stream().map(OrderedLayer::name).toList());
        assertEquals(List.of(3, 2, 1, 0), order.stream().map(OrderedLayer::sourceIndex).toList());
        assertEquals(1, order.get(0).depthHint(), 1e-12);
        assertEquals(8 / 5.0, order.get(1).depthHint(), 1e-12); // ramp median (4 + 6) / 2 = 5
        assertEquals(4, order.get(2).depthHint(), 1e-12); // 8 / 2
        assertEquals(5, order.get(3).depthHint(), 1e-12); // unknown: one unit behind
        // ramp p90 - p10 = 7.4 - 2.6 = 4.8 of a scene range 8 - 2 = 6: above half
        assertTrue(order.get(1).suggestSplit());
        assertFalse(order.get(0).suggestSplit());
        assertFalse(order.get(2).suggestSplit());
    }

    @Test
    void hintsAreMonotoneAndCappedForASkyAtZeroDisparity() {
        assertEquals(DepthOrdering.MAX_HINT, DepthOrdering.hint(10, 0, 3), 0);
        assertEquals(DepthOrdering.MAX_HINT, DepthOrdering.hint(10, 0.01, 3), 0);
        assertEquals(3, DepthOrdering.hint(10, 20, 3), 0); // never nearer than the layer before it
    }
}
