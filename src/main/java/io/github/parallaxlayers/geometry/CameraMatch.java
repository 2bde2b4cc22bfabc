package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches the plate's camera from lines drawn along parallel scene edges, as fSpy does, after single-view metrology
 * (Criminisi, Reid and Zisserman 2000): each group of lines gives a vanishing point; two vanishing points of
 * perpendicular directions give the focal length (f² = −(v₁ − p) · (v₂ − p) with p the principal point), three give
 * the principal point too (the orthocentre of their triangle); the scene's up direction — the vertical group's
 * direction, or the cross product of two horizontal ones — gives the tilt, the roll and the horizon. A known field
 * of view can replace the focal-length measurement (needed when a direction's lines are parallel in the image); then
 * two horizontal directions need not be perpendicular (any two span the ground plane), and a horizon line plus a
 * field of view is enough on its own.
 */
public final class CameraMatch {
    /** Directions meant to be perpendicular but further than this from it are refused. */
    public static final double MAX_ORTHOGONALITY_ERROR = 5;
    /** Three-direction principal points this far from the centre (fraction of the width) get a note. */
    private static final double FAR_PRINCIPAL = 0.25;

    private CameraMatch() {
    }

    /**
     * @param camera the matched camera
     * @param points the vanishing point of each group, in the groups' order (empty for a horizon match)
     * @param angles the angle in degrees between each pair of directions (group i, group j, angle), as measured
     * @param notes  remarks for the user (a far principal point, a direction at infinity)
     */
    public record Result(Camera camera, List<VanishingPoint> points, List<double[]> angles, List<String> notes) {
    }

    /**
     * The camera from two or three groups of lines.
     *
     * @param knownFov vertical field of view in degrees, or NaN to measure it from the lines
     */
    public static Result fromLines(List<LineGroup> groups, int width, int height, double knownFov, double eyeHeight,
                                   String units) {
        if (groups.size() < 2 || groups.size() > 3) {
            throw new InvalidInputException("Match Camera needs lines in two or three directions (grouped by name "
                    + "or colour); got " + groups.size() + ". Draw at least two lines along each of two "
                    + "perpendicular scene directions, e.g. a facade's horizontal edges and the street's edges.");
        }
        long vertical = groups.stream().filter(LineGroup::vertical).count();
        if (vertical > 1) {
            throw new InvalidInputException("Only one group of lines can be the vertical direction; " + vertical
                    + " are named vertical.");
        }
        List<VanishingPoint> points = new ArrayList<>();
        for (LineGroup g : groups) {
            points.add(VanishingPoint.fit(g, width, height));
        }
        List<String> notes = new ArrayList<>();
        double px = width / 2.0;
        double py = height / 2.0;
        if (points.size() == 3 && points.stream().noneMatch(VanishingPoint::atInfinity)) {
            double[] o = orthocentre(points.get(0), points.get(1), points.get(2));
            px = o[0];
            py = o[1];
            if (Math.hypot(px - width / 2.0, py - height / 2.0) > FAR_PRINCIPAL * width) {
                notes.add(String.format(Locale.ROOT, "the principal point from three directions (%.0f, %.0f) is far "
                        + "from the centre; if the plate is not cropped off-centre, draw longer lines or use two "
                        + "directions", px, py));
            }
        }
        double f;
        if (!Double.isNaN(knownFov)) {
            f = height / 2.0 / Math.tan(Math.toRadians(knownFov) / 2);
        } else {
            f = focalFromPair(points, px, py);
        }
        // directions in image axes (x right, y down, z forward)
        List<Vec3> dirs = new ArrayList<>();
        for (VanishingPoint v : points) {
            dirs.add(new Vec3(v.x() - px * v.w(), v.y() - py * v.w(), f * v.w()).unit());
        }
        List<double[]> angles = new ArrayList<>();
        for (int i = 0; i < dirs.size(); i++) {
            for (int j = i + 1; j < dirs.size(); j++) {
                double a = dirs.get(i).angleTo(dirs.get(j));
                angles.add(new double[] {i, j, Math.min(a, 180 - a)});
            }
        }
        for (double[] a : angles) {
            // Two horizontal directions at any angle span the ground plane once the focal length is known (both
            // vanish on the horizon), so only a vertical against a horizontal must be perpendicular then.
            boolean mustBePerpendicular = Double.isNaN(knownFov) || groups.get((int) a[0]).vertical()
                    || groups.get((int) a[1]).vertical();
            if (mustBePerpendicular && 90 - a[2] > MAX_ORTHOGONALITY_ERROR) {
                throw new InvalidInputException(String.format(Locale.ROOT, "Directions '%s' and '%s' are %.1f° apart "
                        + "with this camera, not perpendicular: check which lines belong to which direction (each "
                        + "group must follow edges parallel in the scene, the groups perpendicular to each other)"
                        + (Double.isNaN(knownFov) ? "." : ", or the field of view fov=."),
                        groups.get((int) a[0]).name(), groups.get((int) a[1]).name(), a[2]));
            }
        }
        Vec3 up = up(groups, dirs);
        double fov = Math.toDegrees(2 * Math.atan(height / 2.0 / f));
        Camera camera = fromUp(width, height, fov, px, py, up, eyeHeight, units);
        for (VanishingPoint v : points) {
            if (v.atInfinity()) {
                notes.add("the lines of '" + v.name() + "' are parallel in the image: that direction is parallel to "
                        + "the plate (vanishing point at infinity)");
            }
        }
        return new Result(camera, points, angles, notes);
    }

    /**
     * The camera from a horizon line (two points on it, left to right as drawn) and a known vertical field of view;
     * the principal point is the centre.
     */
    public static Result fromHorizon(LineSegment horizon, int width, int height, double fov, double eyeHeight,
                                     String units) {
        if (Double.isNaN(fov)) {
            throw new InvalidInputException("A horizon line alone does not give the field of view: give fov= "
                    + "(vertical, in degrees), or draw lines in two perpendicular directions instead.");
        }
        if (horizon.length() < 2) {
            throw new InvalidInputException("The horizon line is shorter than 2 px; draw it across the plate.");
        }
        double px = width / 2.0;
        double py = height / 2.0;
        double f = height / 2.0 / Math.tan(Math.toRadians(fov) / 2);
        // The horizon is the image of the plane through the camera centre perpendicular to up: up = the normal of
        // the plane through the camera centre and the horizon's two rays.
        Vec3 a = new Vec3(horizon.x1() - px, horizon.y1() - py, f);
        Vec3 b = new Vec3(horizon.x2() - px, horizon.y2() - py, f);
        Vec3 up = a.cross(b).unit();
        return new Result(fromUp(width, height, fov, px, py, up, eyeHeight, units), List.of(), List.of(), List.of());
    }

    /** The scene's up direction in image axes, pointing to the plate's top. */
    private static Vec3 up(List<LineGroup> groups, List<Vec3> dirs) {
        Vec3 up = null;
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).vertical()) {
                up = dirs.get(i);
            }
        }
        if (up == null) {
            up = dirs.get(0).cross(dirs.get(1)).unit();
        }
        return up.y() > 0 ? up.times(-1) : up;
    }

    private static Camera fromUp(int width, int height, double fov, double px, double py, Vec3 up, double eyeHeight,
                                 String units) {
        up = up.y() > 0 ? up.times(-1) : up;
        double tilt = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, up.z()))));
        double roll = Math.toDegrees(Math.atan2(up.x(), -up.y()));
        return new Camera(width, height, fov, px, py, tilt, roll, eyeHeight, units);
    }

    private static double focalFromPair(List<VanishingPoint> points, double px, double py) {
        VanishingPoint a = null;
        VanishingPoint b = null;
        for (int i = 0; i < points.size() && b == null; i++) {
            for (int j = i + 1; j < points.size() && b == null; j++) {
                if (!points.get(i).atInfinity() && !points.get(j).atInfinity()) {
                    a = points.get(i);
                    b = points.get(j);
                }
            }
        }
        if (b == null) {
            VanishingPoint parallel = points.stream().filter(VanishingPoint::atInfinity).findFirst().orElseThrow();
            throw new InvalidInputException("The lines of '" + parallel.name() + "' are parallel in the image "
                    + "(their vanishing point is at infinity), so the field of view cannot be measured from them: "
                    + "give fov= (vertical, in degrees), or draw a direction that recedes from the camera.");
        }
        double f2 = -((a.imageX() - px) * (b.imageX() - px) + (a.imageY() - py) * (b.imageY() - py));
        if (!(f2 > 0)) {
            double seen = new Vec3(a.imageX() - px, a.imageY() - py, 0)
                    .angleTo(new Vec3(b.imageX() - px, b.imageY() - py, 0));
            throw new InvalidInputException(String.format(Locale.ROOT, "Directions '%s' and '%s' cannot be "
                    + "perpendicular in the scene: their vanishing points are %.1f° apart seen from the principal "
                    + "point, and perpendicular directions need more than 90°. Check which lines belong to which "
                    + "direction, or give fov=.", a.name(), b.name(), seen));
        }
        return Math.sqrt(f2);
    }

    /** The orthocentre of the triangle of three finite vanishing points. */
    static double[] orthocentre(VanishingPoint a, VanishingPoint b, VanishingPoint c) {
        double ax = a.imageX();
        double ay = a.imageY();
        double bx = b.imageX();
        double by = b.imageY();
        double cx = c.imageX();
        double cy = c.imageY();
        // altitudes: (p − a) · (c − b) = 0 and (p − b) · (c − a) = 0
        double a11 = cx - bx;
        double a12 = cy - by;
        double r1 = ax * a11 + ay * a12;
        double a21 = cx - ax;
        double a22 = cy - ay;
        double r2 = bx * a21 + by * a22;
        double det = a11 * a22 - a12 * a21;
        return new double[] {(r1 * a22 - a12 * r2) / det, (a11 * r2 - a21 * r1) / det};
    }
}
