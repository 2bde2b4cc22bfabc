package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardPlaneTest {
    private static final double F = 500;
    private static final double CX = 320;
    private static final double CY = 240;
    private static final double[][] IDENTITY = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    private static final CardPlane GROUND = CardPlane.ground(new Vec3(0, 1, 0), 1.6);
    // a facade 2 m to the left, receding along −z, turned 10° about +y
    private static final CardPlane WALL = new CardPlane(CardKind.WALL,
            new Vec3(Math.cos(Math.toRadians(10)), 0, Math.sin(Math.toRadians(10))), -2);
    private static final CardPlane TILTED_GROUND = CardPlane.ground(new Vec3(0, Math.cos(0.05), Math.sin(0.05)), 1.5);

    private static double[] apply(double[][] h, double u, double v) {
        double x = h[0][0] * u + h[0][1] * v + h[0][2];
        double y = h[1][0] * u + h[1][1] * v + h[1][2];
        double z = h[2][0] * u + h[2][1] * v + h[2][2];
        return new double[] {x / z, y / z};
    }

    private static double[][] yaw(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    @Test
    void aPlanePointProjectsToAReferencePixelThatLeadsBackToTheSamePoint() {
        for (CardPlane plane : List.of(GROUND, WALL, TILTED_GROUND, CardPlane.upright(3.5), CardPlane.sky(400))) {
            for (double[] px : new double[][] {{10.5, 470.5}, {320, 400}, {600.25, 300.75}, {40, 250}}) {
                Vec3 p = plane.pointAt(px[0], px[1], F, CX, CY);
                if (p == null) {
                    continue; // the wall is not seen on the right, the ground not above the horizon
                }
                assertEquals(0, plane.offset(p), 1e-9 * Math.max(1, p.norm()), plane + " " + px[0]);
                double[] back = CardPlane.project(p, F, CX, CY);
                assertEquals(px[0], back[0], 1e-9);
                assertEquals(px[1], back[1], 1e-9);
                Vec3 again = plane.pointAt(back[0], back[1], F, CX, CY);
                assertEquals(0, again.minus(p).norm(), 1e-9 * p.norm());
            }
        }
        assertNull(GROUND.pointAt(320, 100, F, CX, CY), "above the horizon the ground is not seen");
        assertEquals(1.6 * F / (400 - CY), GROUND.depthAt(123, 400, F, CX, CY), 1e-9);
    }

    @Test
    void theReferenceCameraMapsEveryPixelToItself() {
        for (CardPlane plane : List.of(GROUND, WALL, CardPlane.upright(2))) {
            double[][] h = plane.homography(IDENTITY, new Vec3(0, 0, 0), F, CX, CY);
            for (double[] q : new double[][] {{0.5, 479.5}, {320.5, 400.5}, {17.25, 300}}) {
                double[] r = apply(h, q[0], q[1]);
                assertEquals(q[0], r[0], 1e-9);
                assertEquals(q[1], r[1], 1e-9);
            }
        }
    }

    @Test
    void theHomographyMeetsThePlaneWhereTheTargetRayDoes() {
        Vec3 c = new Vec3(0.7, 0.3, -1.2);
        double[][] r = yaw(Math.toRadians(12));
        for (CardPlane plane : List.of(GROUND, WALL, TILTED_GROUND, CardPlane.upright(6))) {
            double[][] h = plane.homography(r, c, F, CX, CY);
            double[] row = plane.rayRow(r, F, CX, CY);
            for (double[] q : new double[][] {{100.5, 450.5}, {500, 420}, {30, 260}, {320, 470}}) {
                double[] k = {(q[0] - CX) / F, (CY - q[1]) / F, -1};
                Vec3 d = new Vec3(r[0][0] * k[0] + r[0][1] * k[1] + r[0][2] * k[2],
                        r[1][0] * k[0] + r[1][1] * k[1] + r[1][2] * k[2],
                        r[2][0] * k[0] + r[2][1] * k[1] + r[2][2] * k[2]);
                assertEquals(plane.normal().dot(d), row[0] * q[0] + row[1] * q[1] + row[2], 1e-12);
                double s = plane.reach(c) / plane.normal().dot(d);
                if (!(s > 0)) {
                    continue;
                }
                Vec3 hit = c.plus(d.times(s));
                double[] expected = CardPlane.project(hit, F, CX, CY);
                double[] got = apply(h, q[0], q[1]);
                assertEquals(expected[0], got[0], 1e-7, plane + " at " + q[0] + "," + q[1]);
                assertEquals(expected[1], got[1], 1e-7);
            }
        }
    }

    @Test
    void theGroundSeenAfterATruckAndADollyMatchesTheAnalyticAnswer() {
        double height = 1.6;
        double a = 0.5; // truck right
        double[][] truck = GROUND.homography(IDENTITY, new Vec3(a, 0, 0), F, CX, CY);
        double b = 1.0; // dolly forward
        double[][] dolly = GROUND.homography(IDENTITY, new Vec3(0, 0, -b), F, CX, CY);
        for (double[] q : new double[][] {{100.5, 300.5}, {320, 479}, {600, 250}}) {
            // a ground point at planar depth z: v − cy = f·h / z; a truck by a shifts it by f·a / z
            double z = F * height / (q[1] - CY);
            double[] t = apply(truck, q[0], q[1]);
            assertEquals(q[0] + F * a / z, t[0], 1e-9);
            assertEquals(q[1], t[1], 1e-9);
            // after a dolly the point is b farther from the reference camera than from the target
            double[] d = apply(dolly, q[0], q[1]);
            assertEquals(CY + F * height / (z + b), d[1], 1e-9);
            assertEquals(CX + (q[0] - CX) * z / (z + b), d[0], 1e-9);
        }
    }

    @Test
    void aCardNeedsADepthAndAGroundAPositiveHeight() {
        assertThrows(InvalidInputException.class, () -> CardPlane.upright(0));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CardPlane.ground(new Vec3(0, 1, 0), -1));
        assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new CardPlane(CardKind.WALL, new Vec3(0, 0, 0), 1));
    }
}
