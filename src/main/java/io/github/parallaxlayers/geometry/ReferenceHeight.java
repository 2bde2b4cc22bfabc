package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.Locale;

/**
 * Heights of upright things standing on the ground, and the camera height that makes a reference object as tall
 * as it is known to be. Single-view metrology (Criminisi et al. 2000): with the camera's orientation known, every
 * length in the scene scales with the camera height, so one known height fixes the scale.
 */
public final class ReferenceHeight {

    private ReferenceHeight() {
    }

    /**
     * The height above the ground of the point seen at image (topX, topY) on the vertical line standing on the
     * ground point seen at (baseX, baseY), in the camera's units: where the ray through the top passes closest to
     * that vertical line. NaN when the base is not on the ground (at or above the horizon).
     */
    public static double heightAbove(Camera camera, double baseX, double baseY, double topX, double topY) {
        Vec3 ground = camera.groundPoint(baseX, baseY);
        if (ground == null) {
            return Double.NaN;
        }
        Vec3 c = camera.position();
        Vec3 d = camera.ray(topX, topY);
        Vec3 up = new Vec3(0, 1, 0);
        // minimise |c + t·d − (ground + s·up)|: a 2×2 linear system in t and s
        Vec3 w = c.minus(ground);
        double a = d.dot(d);
        double b = d.dot(up);
        double e = d.dot(w);
        double g = up.dot(w);
        double det = a - b * b;
        if (Math.abs(det) < 1e-12) {
            return Double.NaN; // looking straight down the vertical
        }
        double s = (a * g - b * e) / det;
        return s;
    }

    /**
     * The camera height that makes the object drawn by {@code line} (from where it stands on the ground to its top,
     * either end first) {@code knownHeight} tall.
     */
    public static double eyeHeightFrom(Camera camera, LineSegment line, double knownHeight) {
        if (!(knownHeight > 0)) {
            throw new InvalidInputException("The reference object's height must be greater than 0; got "
                    + knownHeight + ".");
        }
        boolean firstIsBase = line.y1() >= line.y2();
        double bx = firstIsBase ? line.x1() : line.x2();
        double by = firstIsBase ? line.y1() : line.y2();
        double tx = firstIsBase ? line.x2() : line.x1();
        double ty = firstIsBase ? line.y2() : line.y1();
        Camera unit = camera.withEyeHeight(1);
        double h = heightAbove(unit, bx, by, tx, ty);
        if (Double.isNaN(h)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "The reference line's lower end (%.0f, %.0f) "
                    + "is at or above the horizon (y %.0f there), so it does not stand on the ground: draw the line "
                    + "from where the object touches the ground to its top.", bx, by, camera.horizonY(bx)));
        }
        if (!(h > 1e-9)) {
            throw new InvalidInputException("The reference line has no height above the ground with this camera: "
                    + "draw it from where the object touches the ground straight up to its top.");
        }
        return knownHeight / h;
    }
}
