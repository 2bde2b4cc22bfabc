package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.Locale;

/**
 * The plate's camera in the scene frame of the glTF export: +Y up, the ground plane at y = 0, the camera at
 * (0, height, 0) heading down −Z, pitched by {@code tilt} (positive looks up) and rolled by {@code roll} about its
 * view axis (positive turns the camera counter-clockwise as seen from behind it, so the horizon appears turned
 * clockwise). Its rotation is R = Rx(tilt) · Rz(roll), camera axes in glTF's convention (x right, y up, looking
 * down −z). Image coordinates are pixels, x right and y down, the plate's top-left corner at (0, 0).
 *
 * @param width       plate width in pixels
 * @param height      plate height in pixels
 * @param verticalFov vertical field of view in degrees
 * @param principalX  where the view axis meets the plate, px (the centre unless three directions were drawn)
 * @param principalY  as principalX
 * @param tilt        pitch in degrees, positive looking up
 * @param roll        roll in degrees
 * @param eyeHeight   the camera's height above the ground in scene units
 * @param units       the name of the scene unit (for example {@code m})
 */
public record Camera(int width, int height, double verticalFov, double principalX, double principalY, double tilt,
                     double roll, double eyeHeight, String units) {

    public static final double DEFAULT_EYE_HEIGHT = 1.6;

    public Camera {
        if (!(eyeHeight > 0) || Double.isInfinite(eyeHeight)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "The camera height must be above the ground "
                    + "(greater than 0 %s); got %s. Give height= in scene units, e.g. 1.6 for eye level.",
                    units, eyeHeight));
        }
        if (!(verticalFov > 0 && verticalFov < 180)) {
            throw new InvalidInputException("The field of view must be between 0 and 180 degrees; got "
                    + verticalFov + ".");
        }
    }

    /** A level camera (no tilt, no roll) with the principal point at the centre. */
    public static Camera level(int width, int height, double verticalFov, double eyeHeight) {
        return new Camera(width, height, verticalFov, width / 2.0, height / 2.0, 0, 0, eyeHeight, "m");
    }

    /** The focal length in pixels. */
    public double focalPixels() {
        return height / 2.0 / Math.tan(Math.toRadians(verticalFov) / 2);
    }

    public double horizontalFov() {
        return Math.toDegrees(2 * Math.atan(width / 2.0 / focalPixels()));
    }

    public Vec3 position() {
        return new Vec3(0, eyeHeight, 0);
    }

    /** The camera-to-world rotation, row-major: columns are the camera's right, up and back axes. */
    public double[][] rotation() {
        double t = Math.toRadians(tilt);
        double r = Math.toRadians(roll);
        double ct = Math.cos(t);
        double st = Math.sin(t);
        double cr = Math.cos(r);
        double sr = Math.sin(r);
        // Rx(t) · Rz(r)
        return new double[][] {
                {cr, -sr, 0},
                {ct * sr, ct * cr, -st},
                {st * sr, st * cr, ct}};
    }

    /** The rotation as a unit quaternion (x, y, z, w), glTF's node rotation. */
    public double[] quaternion() {
        double ht = Math.toRadians(tilt) / 2;
        double hr = Math.toRadians(roll) / 2;
        // q = qx(t) · qz(r)
        double ax = Math.sin(ht);
        double aw = Math.cos(ht);
        double bz = Math.sin(hr);
        double bw = Math.cos(hr);
        return new double[] {ax * bw, -ax * bz, aw * bz, aw * bw};
    }

    /** Camera axes (glTF convention) of a world direction. */
    public Vec3 toCamera(Vec3 world) {
        double[][] m = rotation();
        return new Vec3(m[0][0] * world.x() + m[1][0] * world.y() + m[2][0] * world.z(),
                m[0][1] * world.x() + m[1][1] * world.y() + m[2][1] * world.z(),
                m[0][2] * world.x() + m[1][2] * world.y() + m[2][2] * world.z());
    }

    public Vec3 toWorld(Vec3 camera) {
        double[][] m = rotation();
        return new Vec3(m[0][0] * camera.x() + m[0][1] * camera.y() + m[0][2] * camera.z(),
                m[1][0] * camera.x() + m[1][1] * camera.y() + m[1][2] * camera.z(),
                m[2][0] * camera.x() + m[2][1] * camera.y() + m[2][2] * camera.z());
    }

    /** The world direction (not unit) of the ray through image point (x, y). */
    public Vec3 ray(double x, double y) {
        double f = focalPixels();
        return toWorld(new Vec3((x - principalX) / f, -(y - principalY) / f, -1));
    }

    /**
     * Where a world point appears: image x, y in pixels and its depth along the view axis (scene units, positive
     * in front of the camera).
     */
    public double[] project(Vec3 world) {
        Vec3 c = toCamera(world.minus(position()));
        double depth = -c.z();
        double f = focalPixels();
        return new double[] {principalX + f * c.x() / depth, principalY - f * c.y() / depth, depth};
    }

    /** The world's up direction in image axes (x right, y down, z forward): what vanishing lines measure. */
    public Vec3 upInImageAxes() {
        Vec3 c = toCamera(new Vec3(0, 1, 0));
        return new Vec3(c.x(), -c.y(), -c.z());
    }

    /** The horizon's image y at image x (it can lie outside the frame). */
    public double horizonY(double x) {
        Vec3 up = upInImageAxes();
        return principalY - (up.x() * (x - principalX) + up.z() * focalPixels()) / up.y();
    }

    /** Where the ray through (x, y) meets the ground, or null when it points at or above the horizon. */
    public Vec3 groundPoint(double x, double y) {
        Vec3 d = ray(x, y);
        if (!(d.y() < 0)) {
            return null;
        }
        return position().plus(d.times(eyeHeight / -d.y()));
    }

    /**
     * A camera with world rotation {@code worldRotation} (camera-to-world, glTF axes, row-major) seen from this
     * camera: its rotation into this camera's axes, R_thisᵀ · R_other — what a renderer working in the reference
     * camera's frame needs for a novel view.
     */
    public double[][] relativeRotation(double[][] worldRotation) {
        double[][] r = rotation();
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += r[k][i] * worldRotation[k][j];
                }
            }
        }
        return out;
    }

    /** A world position in this camera's axes (glTF convention, the camera at the origin). */
    public Vec3 relativePosition(Vec3 world) {
        return toCamera(world.minus(position()));
    }

    /** The same camera at another height (a rescaled scene). */
    public Camera withEyeHeight(double newHeight) {
        return new Camera(width, height, verticalFov, principalX, principalY, tilt, roll, newHeight, units);
    }

    public Camera withUnits(String newUnits) {
        return new Camera(width, height, verticalFov, principalX, principalY, tilt, roll, eyeHeight, newUnits);
    }
}
