package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardRendererTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final double FOV = 50;
    private static final double HEIGHT = 1.6;
    private static final double FOCAL = H / 2.0 / Math.tan(Math.toRadians(FOV) / 2);

    /** A smooth texture on the ground: grey level as a function of the ground point (x, z). */
    private static double groundGrey(double x, double z) {
        return 128 + 60 * Math.sin(1.3 * x) + 50 * Math.cos(0.9 * z);
    }

    private static int grey(double g) {
        int v = (int) Math.round(Math.max(0, Math.min(255, g)));
        return 0xff000000 | v << 16 | v << 8 | v;
    }

    /** The lower half: the ground as the reference camera sees it; the upper half: a far sky card; a post. */
    private static LayerStack scene(List<CardPlane> planes) {
        CardPlane ground = CardPlane.ground(new Vec3(0, 1, 0), HEIGHT);
        int[] groundPixels = new int[W * H];
        int[] sky = new int[W * H];
        int[] post = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                Vec3 p = ground.pointAt(x + 0.5, y + 0.5, FOCAL, W / 2.0, H / 2.0);
                if (p != null) {
                    groundPixels[i] = grey(groundGrey(p.x(), p.z()));
                } else {
                    sky[i] = 0xff000000 | (100 + y) << 8 | 200;
                }
                if (x >= 70 && x < 80 && y >= 40 && y < 100) {
                    post[i] = (y == 40 ? 0x80000000 : 0xff000000) | 0xc03020;
                }
            }
        }
        planes.add(CardPlane.upright(4));
        planes.add(ground);
        planes.add(CardPlane.sky(100));
        return new LayerStack("ground", W, H, List.of(new Layer("post", post, new Box(70, 40, 10, 60), 4),
                new Layer("ground", groundPixels, new Box(0, H / 2, W, H / 2), 10),
                new Layer("sky", sky, new Box(0, 0, W, H / 2), 100)), null);
    }

    @Test
    void theReferenceViewIsTheLayersCompositeExactly() {
        List<CardPlane> planes = new ArrayList<>();
        LayerStack stack = scene(planes);
        int[] got = new CardRenderer(stack, planes, FOV).render(ParallaxRenderer.view(new Pose(0, 0, 0, 0)), W, H,
                ProgressListener.NONE).rgb();
        // the same layers as upright cards at their own depths: the reference view of the parallax renderer
        int[] expected = new ParallaxRenderer(stack, FOV).render(new Pose(0, 0, 0, 0), W, H, ProgressListener.NONE)
                .rgb();
        assertArrayEquals(expected, got);
        int[] ground = stack.layers().get(1).argb();
        assertEquals(ground[100 * W + 10] & 0xffffff, got[100 * W + 10]);
    }

    @Test
    void uprightCardsRenderAsTheParallaxRendererDoes() {
        List<CardPlane> planes = new ArrayList<>();
        LayerStack stack = scene(planes);
        List<CardPlane> upright = List.of(CardPlane.upright(4), CardPlane.upright(10), CardPlane.upright(100));
        CardRenderer cards = new CardRenderer(stack, upright, FOV);
        ParallaxRenderer parallax = new ParallaxRenderer(stack, FOV);
        for (Pose pose : List.of(new Pose(0.3, 0, 0, 0), new Pose(0, 0.2, -0.5, 0),
                new Pose(4 * Math.sin(0.2), 0, -4 + 4 * Math.cos(0.2), 0.2))) {
            int[] a = cards.render(ParallaxRenderer.view(pose), W, H, ProgressListener.NONE).rgb();
            int[] b = parallax.render(pose, W, H, ProgressListener.NONE).rgb();
            int worst = 0;
            for (int i = 0; i < a.length; i++) {
                for (int s = 0; s < 24; s += 8) {
                    worst = Math.max(worst, Math.abs((a[i] >> s & 255) - (b[i] >> s & 255)));
                }
            }
            assertTrue(worst <= 1, "largest difference " + worst + " at " + pose);
        }
    }

    @Test
    void theGroundSeenByAMovedCameraIsWhereTheAnalyticGroundIs() {
        List<CardPlane> planes = new ArrayList<>();
        LayerStack stack = scene(planes);
        CardRenderer renderer = new CardRenderer(stack, planes, FOV);
        for (Pose pose : List.of(new Pose(0.5, 0, 0, 0), new Pose(0, 0, -1, 0), new Pose(0.3, 0, -0.4, 0.15))) {
            int[] rgb = renderer.render(ParallaxRenderer.view(pose), W, H, ProgressListener.NONE).rgb();
            double sum = 0;
            int count = 0;
            double c = Math.cos(pose.yaw());
            double s = Math.sin(pose.yaw());
            for (int y = H / 2 + 20; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    if (x >= 40 && x < 120) {
                        continue; // near the post, which may cover the ground
                    }
                    // the ground point the moved camera sees at this pixel, straight from its ray
                    double kx = (x + 0.5 - W / 2.0) / FOCAL;
                    double ky = (H / 2.0 - y - 0.5) / FOCAL;
                    double dx = c * kx - s;
                    double dy = ky;
                    double dz = -s * kx - c;
                    double t = (-HEIGHT - pose.y()) / dy;
                    double gx = pose.x() + t * dx;
                    double gz = pose.z() + t * dz;
                    // where the reference saw it: inside the frame only
                    double u = W / 2.0 + FOCAL * gx / -gz;
                    if (u < 1 || u > W - 1) {
                        continue;
                    }
                    sum += Math.abs((rgb[y * W + x] & 255) - groundGrey(gx, gz));
                    count++;
                }
            }
            double mean = sum / count;
            assertTrue(count > 1000, "pixels checked: " + count);
            assertTrue(mean < 2.5, "mean error " + mean + " grey levels at " + pose);
        }
        // a card facing the camera at one depth cannot follow the receding ground: much larger error
        List<CardPlane> flat = new ArrayList<>(planes);
        flat.set(1, CardPlane.upright(10));
        int[] rgb = new CardRenderer(stack, flat, FOV).render(ParallaxRenderer.view(new Pose(0, 0, -1, 0)), W, H,
                ProgressListener.NONE).rgb();
        int[] good = renderer.render(ParallaxRenderer.view(new Pose(0, 0, -1, 0)), W, H, ProgressListener.NONE).rgb();
        assertTrue(!Arrays.equals(rgb, good));
    }
}
