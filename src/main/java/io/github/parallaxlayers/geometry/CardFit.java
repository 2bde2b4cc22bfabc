package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plane of a layer's card from the matched camera (Set Card Kind), in the reference camera's frame of
 * {@link CardPlane}: the ground is the plane y = 0 of the scene, the camera {@code eyeHeight} above it; a wall is the
 * vertical plane through the line where the layer meets the ground — its visible contact points (the same rule as
 * {@link GroundPlacement}: each column's lowest pixel, not at the frame's edge, not hidden by a nearer layer, below
 * the horizon) back-projected onto the ground and fitted by orthogonal least squares.
 */
public final class CardFit {
    /** A wall's contact must span at least this share of the plate's width: two nearby points give no direction. */
    public static final double MIN_WALL_SPAN = 0.02;

    private CardFit() {
    }

    /** The ground under the camera. */
    public static CardPlane ground(Camera camera) {
        return CardPlane.ground(camera.toCamera(new Vec3(0, 1, 0)), camera.eyeHeight());
    }

    /** A world plane n·X = d (scene frame) in the camera's frame: Rᵀn · X_c = d − n·C. */
    public static CardPlane fromWorld(Camera camera, CardKind kind, Vec3 worldNormal, double worldDistance) {
        return new CardPlane(kind, camera.toCamera(worldNormal), worldDistance - worldNormal.dot(camera.position()));
    }

    /** A wall fitted to where it meets the ground, with the fit's residual. */
    public record Wall(CardPlane plane, int contacts, double rmsResidual, double angleDegrees) {
    }

    /**
     * The vertical plane through layer {@code index}'s ground contact.
     *
     * @param masks the stack's visible masks in the frame, front first, the camera's size
     */
    public static Wall wall(Camera camera, List<Mask> masks, int index, String name) {
        int w = camera.width();
        int h = camera.height();
        byte[] m = masks.get(index).data();
        List<double[]> points = new ArrayList<>(); // ground x, z
        int atFrame = 0;
        int hidden = 0;
        int aboveHorizon = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < w; x++) {
            int lowest = -1;
            for (int y = h - 1; y >= 0 && lowest < 0; y--) {
                if (m[y * w + x] != 0) {
                    lowest = y;
                }
            }
            if (lowest < 0) {
                continue;
            }
            if (lowest == h - 1) {
                atFrame++;
                continue;
            }
            int below = (lowest + 1) * w + x;
            boolean covered = false;
            for (int k = 0; k < index && !covered; k++) {
                covered = masks.get(k).data()[below] != 0;
            }
            if (covered) {
                hidden++;
                continue;
            }
            Vec3 g = camera.groundPoint(x + 0.5, lowest + 1);
            if (g == null) {
                aboveHorizon++;
                continue;
            }
            points.add(new double[] {g.x(), g.z()});
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
        }
        if (points.size() < 2 || maxX - minX < MIN_WALL_SPAN * w) {
            String why = points.isEmpty() ? (atFrame >= Math.max(hidden, aboveHorizon) && atFrame > 0
                    ? "its bottom is cut by the frame's lower edge"
                    : hidden >= aboveHorizon && hidden > 0 ? "nearer layers hide where it meets the ground"
                    : "its bottom edge is above the horizon")
                    : "its visible contact spans only " + (int) (maxX - minX + 1) + " px";
            throw new InvalidInputException("Layer '" + name + "' does not touch the ground along a line (" + why
                    + "), so no wall can stand on it: a wall needs a visible foot at least "
                    + (int) Math.ceil(MIN_WALL_SPAN * w) + " px wide; give it kind=upright or kind=ground instead.");
        }
        // orthogonal least squares: the line through the centroid along the covariance's main axis
        double cx = 0;
        double cz = 0;
        for (double[] p : points) {
            cx += p[0];
            cz += p[1];
        }
        cx /= points.size();
        cz /= points.size();
        double sxx = 0;
        double sxz = 0;
        double szz = 0;
        for (double[] p : points) {
            double dx = p[0] - cx;
            double dz = p[1] - cz;
            sxx += dx * dx;
            sxz += dx * dz;
            szz += dz * dz;
        }
        double theta = 0.5 * Math.atan2(2 * sxz, sxx - szz); // the line's direction in the ground plane
        double nx = -Math.sin(theta);
        double nz = Math.cos(theta);
        double d = nx * cx + nz * cz;
        if (d > 0) { // the normal toward the camera (the camera's foot at the origin), as the ground's points up
            nx = -nx;
            nz = -nz;
            d = -d;
        }
        if (Math.abs(d) < 1e-9 * (Math.abs(cx) + Math.abs(cz) + camera.eyeHeight())) {
            throw new InvalidInputException("Layer '" + name + "''s contact line passes under the camera, so the wall "
                    + "would be seen edge-on: give it kind=upright instead.");
        }
        double sum = 0;
        for (double[] p : points) {
            double r = nx * p[0] + nz * p[1] - d;
            sum += r * r;
        }
        Vec3 worldNormal = new Vec3(nx, 0, nz);
        CardPlane plane = fromWorld(camera, CardKind.WALL, worldNormal, d);
        // the angle between the wall and the image plane, seen from above: 0 faces the camera
        Vec3 forward = camera.toWorld(new Vec3(0, 0, -1));
        double angle = Math.toDegrees(Math.acos(Math.min(1, Math.abs(nx * forward.x() + nz * forward.z())
                / Math.max(1e-12, Math.hypot(forward.x(), forward.z())))));
        return new Wall(plane, points.size(), Math.sqrt(sum / points.size()), angle);
    }

    /** One line for the Log. */
    public static String describe(Wall wall, String units) {
        return String.format(Locale.ROOT, "a wall turned %.1f° from facing the camera, fitted to %d contact columns "
                + "(rms %.3f %s off the line)", wall.angleDegrees(), wall.contacts(), wall.rmsResidual(), units);
    }
}
