package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A matched camera's off-centre principal point: the reference view is still the plate, moves are about it. */
class OffCentreRendererTest {

    @Test
    void referencePoseReproducesThePlateAndShiftFollowsThePinhole() {
        LayerStack scene = ParallaxRendererTest.scene();
        // principal point (70, 40) instead of (100, 50); focal length 50 / tan(20°) px
        ParallaxRenderer renderer = new ParallaxRenderer(scene, 40, 70, 40);
        ParallaxRenderer.Frame frame = renderer.render(new ParallaxRenderer.Pose(0, 0, 0, 0), 200, 100,
                ProgressListener.NONE);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                boolean square = x >= 80 && x < 120 && y >= 30 && y < 70;
                assertEquals(square ? ParallaxRendererTest.RED : ParallaxRendererTest.BLUE, frame.rgb()[y * 200 + x],
                        "pixel " + x + ", " + y);
            }
        }
        // truck 0.2 to the right: the square (depth 2) moves left by f · 0.2 / 2 px, whatever the principal point
        double f = 50 / Math.tan(Math.toRadians(20));
        int shift = (int) Math.round(f * 0.2 / 2);
        ParallaxRenderer.Frame moved = renderer.render(new ParallaxRenderer.Pose(0.2, 0, 0, 0), 200, 100,
                ProgressListener.NONE);
        assertEquals(ParallaxRendererTest.RED, moved.rgb()[50 * 200 + 80 - shift + 1]);
        assertEquals(ParallaxRendererTest.BLUE, moved.rgb()[50 * 200 + 80 - shift - 2]);
        assertEquals(ParallaxRendererTest.RED, moved.rgb()[50 * 200 + 119 - shift - 1]);
        assertEquals(ParallaxRendererTest.BLUE, moved.rgb()[50 * 200 + 120 - shift + 2]);
    }
}
