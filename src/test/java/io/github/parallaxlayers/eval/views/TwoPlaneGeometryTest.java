package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.ParallaxRenderer;
import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A white 40 × 40 square card at depth 2 before a black card at depth 10: where the parallax renderer draws the
 * square's edges after a camera move must be where the pinhole projection of the true 3-D edge falls.
 */
class TwoPlaneGeometryTest {
    private static final int W = 200;
    private static final int H = 150;
    private static final double FOV = 40;
    private static final double NEAR = 2;
    private static final double FAR = 10;

    private static ParallaxRenderer renderer() {
        int[] square = new int[W * H];
        for (int y = 50; y < 90; y++) {
            for (int x = 80; x < 120; x++) {
                square[y * W + x] = 0xffffffff;
            }
        }
        int[] back = new int[W * H];
        Arrays.fill(back, 0xff000000);
        List<Layer> layers = List.of(new Layer("square", square, new Box(80, 50, 40, 40), NEAR),
                new Layer("back", back, new Box(0, 0, W, H), FAR));
        return new ParallaxRenderer(new LayerStack("two-plane", W, H, layers, null), FOV);
    }

    /** The x (continuous, pixel edges at integers) where row {@code row} crosses 50 % grey going {@code rising}. */
    private static double crossing(int[] rgb, int row, boolean rising) {
        for (int x = 0; x + 1 < W; x++) {
            double a = rgb[row * W + x] & 255;
            double b = rgb[row * W + x + 1] & 255;
            if (rising ? a < 127.5 && b >= 127.5 : a >= 127.5 && b < 127.5) {
                return x + 0.5 + (127.5 - a) / (b - a);
            }
        }
        int[] values = new int[W];
        for (int x = 0; x < W; x++) {
            values[x] = rgb[row * W + x] & 255;
        }
        throw new AssertionError("no edge on row " + row + ": " + Arrays.toString(values));
    }

    /** The true x of the square's vertical edge at continuous reference x {@code edge}, seen in {@code pose}. */
    private static double expectedEdge(PinholeCamera camera, double edge, double referenceY, Pose pose) {
        double[] p = camera.unproject(edge - 0.5, referenceY - 0.5, NEAR, new Pose(0, 0, 0, 0));
        return camera.project(p, pose)[0] + 0.5;
    }

    @Test
    void squareEdgesLandWhereThePinholeProjectionPutsThemWithinHalfAPixel() {
        PinholeCamera camera = new PinholeCamera(W, H, FOV);
        ParallaxRenderer renderer = renderer();
        double f = camera.focal();
        // truck: the near card moves by f·B/Z pixels (the stereo relation), checked by hand as well
        Pose truck = new Pose(0.3, 0, 0, 0);
        assertEquals(80 - f * 0.3 / NEAR, expectedEdge(camera, 80, 70, truck), 1e-9);
        double pivot = 4; // about a point between the cards, so the square stays in view
        double angle = Math.toRadians(10);
        Pose orbit = new Pose(pivot * Math.sin(angle), 0, -pivot + pivot * Math.cos(angle), angle);
        Pose dolly = new Pose(0, 0, -0.5, 0);
        Pose pedestal = new Pose(0, 0.2, 0, 0);
        for (Pose pose : List.of(truck, orbit, dolly, pedestal)) {
            int[] rgb = renderer.render(pose, W, H, ProgressListener.NONE).rgb();
            // the row where the square's centre row (reference y = 70) lands, near the middle of its height
            double[] centre = camera.project(camera.unproject(99.5, 69.5, NEAR, new Pose(0, 0, 0, 0)), pose);
            int row = (int) Math.round(centre[1]);
            double referenceY = 70;
            double left = crossing(rgb, row, true);
            double right = crossing(rgb, row, false);
            // the edge's reference y along this output row differs by well under a pixel for these moves
            assertEquals(expectedEdge(camera, 80, referenceY, pose), left, 0.5, "left edge for " + pose);
            assertEquals(expectedEdge(camera, 120, referenceY, pose), right, 0.5, "right edge for " + pose);
        }
    }

    @Test
    void forwardWarpPutsEachPixelAtItsProjection() {
        PinholeCamera camera = new PinholeCamera(W, H, FOV);
        int[] rgb = new int[W * H];
        float[] depth = new float[W * H];
        Arrays.fill(depth, (float) FAR);
        for (int y = 50; y < 90; y++) {
            for (int x = 80; x < 120; x++) {
                depth[y * W + x] = (float) NEAR;
                rgb[y * W + x] = 0xffffff;
            }
        }
        Pose truck = new Pose(0.3, 0, 0, 0);
        ForwardWarp.Result r = ForwardWarp.warp(rgb, depth, camera, truck);
        double shiftNear = camera.focal() * 0.3 / NEAR;
        double shiftFar = camera.focal() * 0.3 / FAR;
        // the square's left column 80 lands at round(80 − shift)
        int x = (int) Math.round(80 - shiftNear);
        assertEquals(0xffffff, r.rgb()[70 * W + x]);
        assertEquals(NEAR, r.depth()[70 * W + x], 1e-6);
        // holes: the strip the near card uncovered (its shift minus the far card's) and the far card's right edge
        int holesOnRow = 0;
        for (int i = 0; i < W; i++) {
            holesOnRow += r.hole()[70 * W + i] ? 1 : 0;
        }
        assertEquals((shiftNear - shiftFar) + shiftFar, holesOnRow, 1.0);
    }

    @Test
    void visibilityMarksTheUncoveredStripAndTheFrameEdge() {
        PinholeCamera camera = new PinholeCamera(W, H, FOV);
        double f = camera.focal();
        double b = 0.3;
        double near = f * b / NEAR;
        double far = f * b / FAR;
        float[] reference = new float[W * H];
        float[] target = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inRef = y >= 50 && y < 90 && x >= 80 && x < 120;
                double cx = x + 0.5;
                boolean inTarget = y >= 50 && y < 90 && cx >= 80 - near && cx < 120 - near;
                reference[y * W + x] = (float) (inRef ? NEAR : FAR);
                target[y * W + x] = (float) (inTarget ? NEAR : FAR);
            }
        }
        byte[] classes = Visibility.classify(reference, target, camera, new Pose(b, 0, 0, 0),
                new Visibility.Tolerance(0.02, 0));
        int disoccluded = 0;
        int outside = 0;
        for (byte c : classes) {
            disoccluded += c == Visibility.DISOCCLUDED ? 1 : 0;
            outside += c == Visibility.OUT_OF_FRAME ? 1 : 0;
        }
        // behind the square: a strip (near − far) px wide, 40 rows; the 3×3 search trims about a pixel off it
        assertEquals((near - far) * 40, disoccluded, 2.0 * 40);
        assertTrue(disoccluded > 0);
        // the far card's content beyond the reference frame's right edge: far px of every row
        assertEquals(far * H, outside, 1.0 * H);
    }
}
