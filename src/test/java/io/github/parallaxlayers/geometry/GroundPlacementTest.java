package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroundPlacementTest {
    // 800 × 600, vertical fov 90°: f = 300 px, horizon at y = 300. Eye at 1.6 m: the ground at distance d is seen
    // at y = 300 + 480 / d, a height H at that distance at y = 300 − 300 (H − 1.6) / d.
    private static final Camera LEVEL = Camera.level(800, 600, 90, 1.6);
    private static final int W = 800;
    private static final int H = 600;

    private static byte[] rect(byte[] m, int x0, int y0, int x1, int y1) {
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                m[y * W + x] = Mask.ON;
            }
        }
        return m;
    }

    private static Mask mask(byte[] m) {
        return Mask.wrap(W, H, m);
    }

    private static List<GroundPlacement.Placement> place(List<Mask> masks, List<String> names) {
        return GroundPlacement.place(LEVEL, masks, names, 10, 2, ProgressListener.NONE);
    }

    private static GroundPlacement.Placement named(List<GroundPlacement.Placement> placements, String name) {
        return placements.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPostStandingTenMetresAwayByHand() {
        // 2 m tall post 10 m away: bottom edge at y = 348, top at y = 288
        Mask post = mask(rect(new byte[W * H], 380, 288, 420, 347));
        GroundPlacement.Placement p = place(List.of(post), List.of("post")).get(0);
        assertEquals(PlacementKind.GROUND_CONTACT, p.kind());
        assertEquals(10, p.depth(), 1e-9);
        assertEquals(Math.hypot(10, 0.5 * 10 / 300.0), p.distance(), 1e-9); // under the middle column, x = 400.5
        assertEquals(2, p.height(), 1e-9);
        assertEquals(41, p.contactColumns());
        assertNull(p.note());
    }

    @Test
    void contactHiddenByANearerLayerIsIgnored() {
        // a box 5 m away (bottom at y = 396) covers the post's lower left; the post's own mask stops above it
        Mask box = mask(rect(new byte[W * H], 370, 340, 400, 395));
        byte[] post = rect(new byte[W * H], 401, 288, 420, 347);
        rect(post, 380, 288, 400, 339);
        List<GroundPlacement.Placement> p = place(List.of(box, mask(post)), List.of("box", "post"));
        assertEquals(5, named(p, "box").depth(), 1e-9);
        assertEquals(10, named(p, "post").depth(), 1e-9);
        assertEquals(20, named(p, "post").contactColumns());
    }

    @Test
    void theLowestPartsTouchTheGroundNotTheGapsOrStrayPixels() {
        // legs at both sides reach the ground 10 m away; the gap between them ends 27 px higher; two stray
        // columns hang 20 px below the feet (nearer than the truth); the depth is still 10 m
        byte[] person = rect(new byte[W * H], 380, 288, 420, 320);
        rect(person, 380, 321, 388, 347);
        rect(person, 412, 321, 420, 347);
        rect(person, 385, 348, 386, 367);
        GroundPlacement.Placement p = place(List.of(mask(person)), List.of("person")).get(0);
        assertEquals(10, p.depth(), 1e-9);
    }

    @Test
    void skyBackgroundAndALayerCutByTheFrame() {
        Mask sky = mask(rect(new byte[W * H], 0, 0, W - 1, 120));
        Mask post = mask(rect(new byte[W * H], 380, 288, 420, 347)); // 10 m
        Mask near = mask(rect(new byte[W * H], 600, 350, 700, H - 1)); // runs out of the frame: no contact seen
        Mask car = mask(rect(new byte[W * H], 100, 300, 200, 379)); // bottom at y = 380: 6 m
        byte[] rest = new byte[W * H];
        java.util.Arrays.fill(rest, Mask.ON);
        List<GroundPlacement.Placement> p = place(List.of(car, near, post, mask(rest), sky),
                List.of("car", "hedge", "post", "street", "clouds"));
        assertEquals(List.of("car", "hedge", "post", "street", "clouds"), p.stream().map(GroundPlacement.Placement::name).toList());
        assertEquals(6, named(p, "car").depth(), 1e-9);
        GroundPlacement.Placement hedge = named(p, "hedge");
        assertEquals(PlacementKind.KEPT, hedge.kind());
        assertEquals(8, hedge.depth(), 1e-9); // between the car (6) and the post (10), its neighbours in the stack
        assertTrue(hedge.note().contains("cut by the frame's lower edge"), hedge.note());
        GroundPlacement.Placement street = named(p, "street");
        assertEquals(PlacementKind.BACKGROUND, street.kind());
        assertEquals(20, street.depth(), 1e-9);
        GroundPlacement.Placement clouds = named(p, "clouds");
        assertEquals(PlacementKind.SKY, clouds.kind());
        assertEquals(100, clouds.depth(), 1e-9);
    }

    @Test
    void tiltedAndRolledCamera() {
        Camera camera = new Camera(W, H, 60, 400, 300, -8, 5, 1.6, "m");
        // a 0.6 m wide, 2.2 m tall board standing 8 m ahead, 0.4 m to the right: rasterised by ray casting
        byte[] m = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                Vec3 d = camera.ray(x + 0.5, y + 0.5);
                double t = (-8 - camera.position().z()) / d.z();
                Vec3 p = camera.position().plus(d.times(t));
                if (p.x() >= 0.1 && p.x() <= 0.7 && p.y() >= 0 && p.y() <= 2.2) {
                    m[y * W + x] = Mask.ON;
                }
            }
        }
        GroundPlacement.Placement p = GroundPlacement.place(camera, List.of(mask(m)), List.of("board"), 10, 2,
                ProgressListener.NONE).get(0);
        assertEquals(PlacementKind.GROUND_CONTACT, p.kind());
        assertEquals(Math.hypot(8, 0.4), p.distance(), 0.08); // within 1 %: pixel steps along the bottom edge
        assertEquals(2.2, p.height(), 0.066); // within 3 %
        double[] contact = camera.project(new Vec3(0.4, 0, -8));
        assertEquals(contact[2], p.depth(), 0.08);
    }

    @Test
    void noLayerOnTheGroundIsRefused() {
        Mask sky = mask(rect(new byte[W * H], 0, 0, W - 1, 120));
        Mask cut = mask(rect(new byte[W * H], 600, 350, 700, H - 1));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> place(List.of(sky, cut), List.of("sky", "hedge")));
        assertTrue(e.getMessage().startsWith("No layer touches the ground"), e.getMessage());
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> place(List.of(Mask.empty(10, 10)), List.of("small")));
        assertTrue(size.getMessage().contains("match the camera on this stack's plate"), size.getMessage());
    }
}
