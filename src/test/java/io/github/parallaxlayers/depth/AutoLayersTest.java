package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoLayersTest {

    @Test
    void automaticCountStopsWhereNeighbouringPlanesWouldBeCloserThanTheMinimumSeparation() {
        // three tight groups {0,1}, {10,11}, {20,21}: N = 3 has gaps of 10 >= 0.1 * 21; N = 4 must split a group
        // into means 1 apart, below 2.1
        float[] values = new float[600];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 * (i % 3) + (i / 3) % 2;
        }
        NaturalBreaks histogram = NaturalBreaks.histogram(values, AutoLayers.BINS);
        NaturalBreaks.Breaks chosen = AutoLayers.chooseAutomatically(histogram, new float[] {0, 21},
                AutoLayersSettings.DEFAULTS);
        assertArrayEquals(new double[] {0.5, 10.5, 20.5}, chosen.means(), 1e-9);
        // a group below min_area is not allowed a plane of its own: 4 values of 604 at 40 (0.7 % < 2 %)
        float[] withSpeck = java.util.Arrays.copyOf(values, 604);
        java.util.Arrays.fill(withSpeck, 600, 604, 40f);
        NaturalBreaks.Breaks speck = AutoLayers.chooseAutomatically(NaturalBreaks.histogram(withSpeck, 1024),
                new float[] {0, 40}, AutoLayersSettings.DEFAULTS);
        assertTrue(speck.classes() < 4, "classes " + speck.classes());
    }

    /**
     * A depth map whose near region bleeds 3 px past the object's colour edge (as network depth does at
     * occlusion borders): cutting pixels by their own depth class follows the bleed; snapping whole regions follows
     * the colour edge.
     */
    @Test
    void snappingFollowsTheColourEdgeWhereTheDepthMapBleeds() {
        int w = 160;
        int h = 120;
        int[] rgb = new int[w * h];
        float[] depth = new float[w * h];
        Mask square = Mask.empty(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean inside = x >= 40 && x < 100 && y >= 30 && y < 90;
                boolean bled = x >= 37 && x < 103 && y >= 27 && y < 93;
                square.set(i, inside);
                rgb[i] = inside ? 0xdc1e1e : 0x283cc8;
                depth[i] = bled ? 100 : 10;
            }
        }
        DepthMap map = new DepthMap(w, h, depth);
        DepthPlanes planes = AutoLayers.split(Plate.rgb(w, h, rgb), map, AutoLayersDefaultsWithPlanes.TWO,
                ProgressListener.NONE);
        assertEquals(2, planes.masks().size());
        Mask perPixel = Mask.empty(w, h);
        for (int i = 0; i < depth.length; i++) {
            perPixel.set(i, planes.breaks().classOf(depth[i]) == 1);
        }
        double snapped = iou(planes.masks().get(0), square);
        double unsnapped = iou(perPixel, square);
        assertEquals(3600.0 / (66 * 66), unsnapped, 1e-9);
        System.out.printf("square IoU: snapped %.4f, per-pixel class %.4f%n", snapped, unsnapped);
        assertTrue(snapped > 0.97, "snapped IoU " + snapped + " vs per-pixel " + unsnapped);
    }

    @Test
    void mapOfAnotherSizeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AutoLayers.split(
                Plate.rgb(4, 4, new int[16]), new DepthMap(2, 2, new float[4]), AutoLayersSettings.DEFAULTS,
                ProgressListener.NONE));
        assertTrue(e.getMessage().contains("same size"), e.getMessage());
    }

    private static double iou(Mask a, Mask b) {
        int both = 0;
        int either = 0;
        for (int i = 0; i < a.size(); i++) {
            both += a.get(i) && b.get(i) ? 1 : 0;
            either += a.get(i) || b.get(i) ? 1 : 0;
        }
        return (double) both / either;
    }

    private static final class AutoLayersDefaultsWithPlanes {
        static final AutoLayersSettings TWO = AutoLayersSettings.DEFAULTS.withPlanes(2);
    }
}
