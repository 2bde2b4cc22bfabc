package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.LayerFill;
import io.github.parallaxlayers.fill.Outpainting;
import io.github.parallaxlayers.fill.PatchMatchInpainter;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Overscan through the parallax renderer, built as Build Layer Stack builds it (per-layer patch fill, then the
 * farthest layers outpainted): a textured 240×136 plate, a square card at depth 2 in front of a background at 10,
 * vertical field 40° (horizontal 62.4°).
 */
class OverscanRenderTest {
    static final int W = 240;
    static final int H = 136;
    static final double FOV = 40;

    static LayerStack scene() {
        int[] rgb = new int[W * H];
        Mask square = Mask.empty(W, H);
        for (int i = 0; i < rgb.length; i++) {
            int x = i % W;
            int y = i / W;
            boolean inSquare = x >= 100 && x < 140 && y >= 48 && y < 88;
            // brick-like texture: the fill has something to copy, the frame's edges are not flat
            int brick = ((y / 6) % 2 == 0 ? x : x + 5) % 10 < 8 && y % 6 != 0 ? 0xa04020 : 0xd0c0b0;
            rgb[i] = inSquare ? 0x1040e0 : brick;
            square.set(i, inSquare);
        }
        Plate plate = Plate.rgb(W, H, rgb);
        List<Mask> masks = List.of(square, Mask.full(W, H));
        List<Plate> filled = LayerFill.fill(plate, masks, new PatchMatchInpainter(), ProgressListener.NONE);
        LayerStack stack = LayerStackBuilder.buildPerLayer("bricks", plate, masks, List.of("square", "back"),
                List.of(List.of(), List.of()), filled, List.of());
        stack = LayerStackEdits.setDepth(stack, "square", 2);
        return LayerStackEdits.setDepth(stack, "back", 10);
    }

    static LayerStack withOverscan(LayerStack stack, double percent) {
        int mx = OverscanLayers.margin(stack.width(), percent);
        int my = OverscanLayers.margin(stack.height(), percent);
        Plate extended = Outpainting.extend(OverscanLayers.farthestColours(stack), mx, my, new PatchMatchInpainter(),
                ProgressListener.NONE);
        return OverscanLayers.extend(stack, mx, my, extended);
    }

    @Test
    void orbitOfFifteenDegreesUncoversNothingAtTheEdgesWithTwentyPercent() {
        LayerStack plain = scene();
        LayerStack wide = withOverscan(plain, 20);
        assertEquals(W + 2 * 48, wide.width());
        assertEquals(H + 2 * 27, wide.height());
        ParallaxRenderer without = new ParallaxRenderer(plain, FOV);
        ParallaxRenderer with = new ParallaxRenderer(wide, FOV);
        for (ParallaxRenderer.Pose pose : without.path(CameraMove.ORBIT, 15, 2)) {
            double before = without.render(pose, W, H, ProgressListener.NONE).holeFraction();
            double after = with.render(pose, W, H, ProgressListener.NONE).holeFraction();
            // the frame's edge sweeps past the background card's edge: a band of ~4 % of the frame without overscan
            assertTrue(before > 0.02, "holes without overscan " + before);
            assertEquals(0, after, "holes with 20 % overscan at yaw " + Math.toDegrees(pose.yaw()));
        }
        // a truck of 15 % of the background card's width at its depth, and a pedestal of 15 % of its height
        double cardWidth = 2 * 10 * Math.tan(Math.toRadians(FOV / 2)) * W / H;
        double cardHeight = 2 * 10 * Math.tan(Math.toRadians(FOV / 2));
        for (ParallaxRenderer.Pose pose : List.of(new ParallaxRenderer.Pose(0.15 * cardWidth, 0, 0, 0),
                new ParallaxRenderer.Pose(0, -0.15 * cardHeight, 0, 0))) {
            assertTrue(without.render(pose, W, H, ProgressListener.NONE).holeFraction() > 0.1);
            assertEquals(0, with.render(pose, W, H, ProgressListener.NONE).holeFraction(), "holes at " + pose);
        }
    }

    @Test
    void aMoveBeyondTheOverscanUncoversTheRest() {
        LayerStack wide = withOverscan(scene(), 5);
        ParallaxRenderer renderer = new ParallaxRenderer(wide, FOV);
        double cardWidth = 2 * 10 * Math.tan(Math.toRadians(FOV / 2)) * W / H;
        // 15 % of the frame against 5 % of overscan: 10 % of the frame's columns stay uncovered
        double holes = renderer.render(new ParallaxRenderer.Pose(0.15 * cardWidth, 0, 0, 0), W, H,
                ProgressListener.NONE).holeFraction();
        assertEquals(0.10, holes, 0.01);
    }

    @Test
    void theReferenceViewIsUnchangedInsideTheFrame() {
        LayerStack plain = scene();
        LayerStack wide = withOverscan(plain, 12);
        ParallaxRenderer.Pose reference = new ParallaxRenderer.Pose(0, 0, 0, 0);
        ParallaxRenderer.Frame before = new ParallaxRenderer(plain, FOV).render(reference, W, H, ProgressListener.NONE);
        ParallaxRenderer.Frame after = new ParallaxRenderer(wide, FOV).render(reference, W, H, ProgressListener.NONE);
        assertEquals(0, after.holeFraction());
        assertArrayEquals(before.rgb(), after.rgb());
        // and with an off-centre principal point (a matched camera's)
        before = new ParallaxRenderer(plain, FOV, 130.5, 60.25).render(reference, W, H, ProgressListener.NONE);
        after = new ParallaxRenderer(wide, FOV, 130.5, 60.25).render(reference, W, H, ProgressListener.NONE);
        assertArrayEquals(before.rgb(), after.rgb());
    }
}
