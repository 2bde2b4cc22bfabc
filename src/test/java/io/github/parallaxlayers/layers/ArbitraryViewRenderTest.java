package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.Vec3;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The renderer at any pinhole camera (what a novel-view benchmark plugs in): a pose's view renders as before, and a
 * pitched camera — given as a world camera and turned into the reference camera's frame — sees the cards where the
 * pinhole model puts them.
 */
class ArbitraryViewRenderTest {

    @Test
    void aPoseAndItsViewRenderTheSameFrame() {
        ParallaxRenderer renderer = new ParallaxRenderer(ParallaxRendererTest.scene(), 40);
        ParallaxRenderer.Pose pose = new ParallaxRenderer.Pose(0.3, -0.1, 0.4, Math.toRadians(7));
        assertArrayEquals(renderer.render(pose, 200, 100, ProgressListener.NONE).rgb(),
                renderer.render(ParallaxRenderer.view(pose), 200, 100, ProgressListener.NONE).rgb());
    }

    @Test
    void aCameraPitchedUpSeesTheSquareLowerByFocalTimesTangent() {
        // reference: a matched camera (tilt 4°, roll 0) at eye height; target: the same camera pitched 3° more
        Camera reference = new Camera(200, 100, 40, 100, 50, 4, 0, 1.6, "m");
        Camera target = new Camera(200, 100, 40, 100, 50, 7, 0, 1.6, "m");
        double[][] r = reference.relativeRotation(target.rotation());
        Vec3 p = reference.relativePosition(target.position());
        assertEquals(0, p.norm(), 1e-12);
        ParallaxRenderer renderer = new ParallaxRenderer(ParallaxRendererTest.scene(), 40);
        ParallaxRenderer.Frame frame = renderer.render(new ParallaxRenderer.View(r, p.x(), p.y(), p.z()), 200, 100,
                ProgressListener.NONE);
        // the square's centre row (plate y 50, on the axis) moves down by f · tan 3° px (f = 50 / tan 20°)
        double f = 50 / Math.tan(Math.toRadians(20));
        double down = f * Math.tan(Math.toRadians(3));
        int top = -1;
        for (int y = 0; y < 100 && top < 0; y++) {
            if (frame.rgb()[y * 200 + 100] == ParallaxRendererTest.RED) {
                top = y;
            }
        }
        // the square's top edge (plate row 30, 20 px above the axis) lands at 50 + f·tan(3° − atan(20 / f))
        double expected = 50 + f * Math.tan(Math.toRadians(3) - Math.atan(20 / f));
        assertEquals(expected, top, 1.0);
        assertEquals(30 + down, top, 1.5); // about a straight shift for a small pitch
    }
}
