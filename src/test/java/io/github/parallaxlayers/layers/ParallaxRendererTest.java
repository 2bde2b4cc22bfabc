package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A two-card scene whose projection is computed by hand: a 40×40 red square on a card at depth 2 in front of a
 * blue full-frame card at depth 10, plate 200×100, vertical field 40°.
 */
class ParallaxRendererTest {
    static final int RED = 0xd01010;
    static final int BLUE = 0x1020d0;
    static final double TAN = Math.tan(Math.toRadians(20));

    static LayerStack scene() {
        int w = 200;
        int h = 100;
        int[] rgb = new int[w * h];
        Mask square = Mask.empty(w, h);
        for (int i = 0; i < rgb.length; i++) {
            int x = i % w;
            int y = i / w;
            boolean inSquare = x >= 80 && x < 120 && y >= 30 && y < 70;
            rgb[i] = inSquare ? RED : BLUE;
            square.set(i, inSquare);
        }
        Plate plate = Plate.rgb(w, h, rgb);
        int[] blue = new int[w * h];
        java.util.Arrays.fill(blue, BLUE);
        LayerStack stack = LayerStackBuilder.build("scene", plate, List.of(square, Mask.full(w, h)),
                List.of("square", "back"), Plate.rgb(w, h, blue));
        stack = LayerStackEdits.setDepth(stack, "square", 2);
        return LayerStackEdits.setDepth(stack, "back", 10);
    }

    @Test
    void referencePoseReproducesThePlate() {
        ParallaxRenderer renderer = new ParallaxRenderer(scene(), 40);
        ParallaxRenderer.Frame frame = renderer.render(new ParallaxRenderer.Pose(0, 0, 0, 0), 200, 100, ProgressListener.NONE);
        assertEquals(0, frame.holeFraction());
        assertEquals(1.0, frame.maxStretch(), 1e-6);
        assertEquals(RED, frame.rgb()[50 * 200 + 100]);
        assertEquals(RED, frame.rgb()[30 * 200 + 80]);
        assertEquals(BLUE, frame.rgb()[50 * 200 + 79]);
        assertEquals(BLUE, frame.rgb()[50 * 200 + 120]);
    }

    @Test
    void shiftMovesEachCardByItsOwnParallax() {
        ParallaxRenderer renderer = new ParallaxRenderer(scene(), 40);
        ParallaxRenderer.Frame frame = renderer.render(new ParallaxRenderer.Pose(0.2, 0, 0, 0), 200, 100, ProgressListener.NONE);
        // Δu = −tx / depth / (tan(fov/2)·aspect) · width/2
        double frontShift = 0.2 / 2 / (TAN * 2) * 100;   // 13.74 px to the left
        double backShift = 0.2 / 10 / (TAN * 2) * 100;   // 2.75 px to the left
        double left = 80 - frontShift;                   // 66.26
        double right = 120 - frontShift;                 // 106.26
        assertEquals(66.26, left, 0.01);
        int row = 50 * 200;
        assertEquals(RED, frame.rgb()[row + (int) Math.ceil(left) + 1]);
        assertEquals(BLUE, frame.rgb()[row + (int) Math.floor(left) - 2]);
        assertEquals(RED, frame.rgb()[row + (int) Math.floor(right) - 2]);
        assertEquals(BLUE, frame.rgb()[row + (int) Math.ceil(right) + 1]);
        // The back card ends 2.75 px inside the right edge: pixel centres 197.5, 198.5 and 199.5 see nothing.
        int holeColumns = 0;
        for (int x = 0; x < 200; x++) {
            if (x + 0.5 + backShift > 200) {
                holeColumns++;
            }
        }
        assertEquals(3, holeColumns);
        assertEquals(holeColumns / 200.0, frame.holeFraction(), 1e-9);
        assertEquals(0, frame.rgb()[row + 199], "holes stay black");
    }

    @Test
    void pushInMagnifiesAndOrbitStaysOnTarget() {
        ParallaxRenderer renderer = new ParallaxRenderer(scene(), 40);
        ParallaxRenderer.Frame push = renderer.render(new ParallaxRenderer.Pose(0, 0, -0.5, 0), 200, 100, ProgressListener.NONE);
        assertEquals(2 / 1.5, push.maxStretch(), 1e-6, "the square card, 1.5 instead of 2 away, is magnified 4/3");
        List<ParallaxRenderer.Pose> orbit = renderer.path(CameraMove.ORBIT, 10, 3);
        assertEquals(0, orbit.get(1).x(), 1e-12);
        ParallaxRenderer.Pose end = orbit.get(2);
        assertEquals(10 * Math.sin(Math.toRadians(10)), end.x(), 1e-9);
        ParallaxRenderer.Frame frame = renderer.render(end, 200, 100, ProgressListener.NONE);
        // Camera at (1.736, 0, −0.152) looking at the pivot (0, 0, −10): the square's centre (0, 0, −2) is at
        // x = −1.389, forward 2.121 in camera space → u = (−1.389 / 2.121 / (tan 20° · 2) + 1) / 2 · 200 ≈ 10.0.
        assertEquals(RED, frame.rgb()[50 * 200 + 10]);
        assertEquals(BLUE, frame.rgb()[50 * 200 + 100], "the pivot stays at the centre of the frame");
        assertTrue(frame.holeFraction() > 0, "orbiting reveals the edge of the back card");
    }
}
