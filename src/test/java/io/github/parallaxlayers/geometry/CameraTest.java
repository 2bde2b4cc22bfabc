package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraTest {

    @Test
    void levelCameraProjectsByHand() {
        // 800 × 600, vertical fov 90°: f = 300 px. A point 10 m ahead, 1.6 m below the eye, 2 m right.
        Camera c = Camera.level(800, 600, 90, 1.6);
        assertEquals(300, c.focalPixels(), 1e-9);
        double[] p = c.project(new Vec3(2, 0, -10));
        assertEquals(400 + 300 * 2 / 10.0, p[0], 1e-9);
        assertEquals(300 + 300 * 1.6 / 10.0, p[1], 1e-9);
        assertEquals(10, p[2], 1e-9);
        assertEquals(300, c.horizonY(0), 1e-9);
        Vec3 g = c.groundPoint(p[0], p[1]);
        assertEquals(2, g.x(), 1e-9);
        assertEquals(0, g.y(), 1e-9);
        assertEquals(-10, g.z(), 1e-9);
        assertNull(c.groundPoint(400, 299)); // above the horizon
    }

    @Test
    void tiltUpMovesTheHorizonDownByFocalTimesTangent() {
        Camera c = new Camera(800, 600, 90, 400, 300, 10, 0, 1.6, "m");
        assertEquals(300 + 300 * Math.tan(Math.toRadians(10)), c.horizonY(123), 1e-9);
        // the view axis points up by 10°
        Vec3 axis = c.ray(400, 300);
        assertEquals(10, Math.toDegrees(Math.atan2(axis.y(), -axis.z())), 1e-9);
    }

    @Test
    void rollTurnsTheHorizonClockwiseOnScreen() {
        // camera rolled 10° counter-clockwise: on screen the horizon turns clockwise, its right end lower (y down)
        Camera c = new Camera(800, 600, 90, 400, 300, 0, 10, 1.6, "m");
        double slope = (c.horizonY(800) - c.horizonY(0)) / 800;
        assertEquals(Math.tan(Math.toRadians(10)), slope, 1e-9);
        assertEquals(300, c.horizonY(400), 1e-9);
    }

    @Test
    void quaternionMatchesTheRotationMatrix() {
        Camera c = new Camera(640, 480, 55, 320, 240, -7, 4, 1.6, "m");
        double[] q = c.quaternion();
        double x = q[0];
        double y = q[1];
        double z = q[2];
        double w = q[3];
        double[][] fromQ = {
                {1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)},
                {2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)},
                {2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)}};
        double[][] m = c.rotation();
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(m[r][k], fromQ[r][k], 1e-12);
            }
        }
    }

    @Test
    void projectionAndRayRoundTrip() {
        Camera c = new Camera(1920, 1080, 42, 950, 530, 6, -3, 1.7, "m");
        Vec3 p = new Vec3(1.3, 0.4, -12);
        double[] img = c.project(p);
        Vec3 d = c.ray(img[0], img[1]).unit();
        Vec3 toP = p.minus(c.position()).unit();
        assertEquals(0, d.minus(toP).norm(), 1e-12);
    }

    @Test
    void heightMustBePositive() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Camera.level(800, 600, 40, 0));
        assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Camera.level(800, 600, 40, -1.6));
    }
}
