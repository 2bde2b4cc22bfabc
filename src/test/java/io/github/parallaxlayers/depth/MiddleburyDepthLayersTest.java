package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto Layers and Order Layers by Depth on Middlebury scenes with their true disparity as the depth map
 * (figures in docs/evaluation.md, "Depth layers").
 */
class MiddleburyDepthLayersTest {
    /** Pairs whose true disparities differ by less than this (pixels) are a tie, not an order to agree with. */
    static final double TIE = 1.0;

    @BeforeAll
    static void data() {
        Assumptions.assumeTrue(Files.isDirectory(Middlebury.ROOT), Middlebury.MISSING);
    }

    /** scene folder, left view, true disparity, map units per pixel of disparity, superpixel depth weight */
    @ParameterizedTest
    @CsvSource({
            "middlebury2003_cones, im2.png, disp2.png, 4, 0",
            "middlebury2003_teddy, im2.png, disp2.png, 4, 0",
            "middlebury2006_aloe_opencv, aloeL.jpg, aloeGT.png, 1, 0",
            "middlebury2014_motorcycle_skimage, motorcycle_left.png, motorcycle_disp_x256.png, 256, 0",
            "middlebury2003_cones, im2.png, disp2.png, 4, 0.25",
            "middlebury2003_teddy, im2.png, disp2.png, 4, 0.25",
            "middlebury2006_aloe_opencv, aloeL.jpg, aloeGT.png, 1, 0.25",
            "middlebury2014_motorcycle_skimage, motorcycle_left.png, motorcycle_disp_x256.png, 256, 0.25"})
    void autoLayersPlanesAgreeWithTheTrueDepthOrder(String scene, String left, String disparity, double units,
                                                    double depthWeight) {
        Plate plate = Middlebury.read(Middlebury.scene(scene).resolve(left));
        DepthMap truth = DepthMap.fromPlate(Middlebury.read(Middlebury.scene(scene).resolve(disparity)),
                DepthKind.DISPARITY, true);
        DepthPlanes planes = AutoLayers.split(plate, truth,
                AutoLayersSettings.DEFAULTS.withDepthWeight(depthWeight), ProgressListener.NONE);
        int[] plane = planes.planeIndex();
        assertCoverEveryPixelOnce(planes.masks());
        double agreement = pairOrderAgreement(plane, truth.values(), units * TIE, 200_000, 11);
        System.out.printf("%s depth_weight %s: %d planes, pair order agreement %.4f, known pixels moved by snapping %.4f%n", scene,
                depthWeight, planes.masks().size(), agreement, movedBySnapping(plane, truth.values(), planes.breaks()));
        assertTrue(planes.masks().size() >= 3, scene + ": " + planes.masks().size() + " planes");
        assertTrue(agreement >= 0.95, scene + ": agreement " + agreement);
        assertEquals("far", planes.names().get(planes.names().size() - 1));
    }

    /**
     * Random pixel pairs in different planes with both true disparities known and differing by at least
     * {@link #TIE} pixels of disparity ({@code tie} map units): the share where the front plane holds the nearer
     * pixel.
     */
    static double pairOrderAgreement(int[] plane, float[] truth, double tie, int pairs, long seed) {
        Random random = new Random(seed);
        int n = plane.length;
        int counted = 0;
        int agree = 0;
        for (int tries = 0; counted < pairs && tries < pairs * 50; tries++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (plane[a] == plane[b] || truth[a] != truth[a] || truth[b] != truth[b]
                    || Math.abs(truth[a] - truth[b]) < tie) {
                continue;
            }
            counted++;
            boolean aInFront = plane[a] < plane[b];
            boolean aNearer = truth[a] > truth[b];
            if (aInFront == aNearer) {
                agree++;
            }
        }
        return (double) agree / counted;
    }

    /** Share of known pixels whose plane is not the class of their own depth: what snapping to regions changed. */
    static double movedBySnapping(int[] plane, float[] truth, NaturalBreaks.Breaks breaks) {
        int known = 0;
        int moved = 0;
        int classes = breaks.classes();
        for (int i = 0; i < plane.length; i++) {
            if (truth[i] == truth[i]) {
                known++;
                moved += plane[i] != classes - 1 - breaks.classOf(truth[i]) ? 1 : 0;
            }
        }
        return (double) moved / known;
    }

    private static void assertCoverEveryPixelOnce(List<Mask> masks) {
        int n = masks.get(0).size();
        for (int i = 0; i < n; i++) {
            int covering = 0;
            for (Mask m : masks) {
                covering += m.get(i) ? 1 : 0;
            }
            assertEquals(1, covering, "pixel " + i);
        }
    }
}
