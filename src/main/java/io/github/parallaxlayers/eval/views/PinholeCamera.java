package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

/**
 * The pinhole camera of {@link io.github.parallaxlayers.layers.ParallaxRenderer}: square pixels, principal point at
 * the frame centre, looking down −Z with +Y up; a view's pose is given in the reference camera's frame (position
 * and yaw about +Y). Depth is planar: the distance along the view axis.
 *
 * @param width              frame width in pixels
 * @param height             frame height in pixels
 * @param verticalFovDegrees vertical field of view
 */
public record PinholeCamera(int width, int height, double verticalFovDegrees) {

    /** The focal length in pixels. */
    public double focal() {
        return height / 2.0 / Math.tan(Math.toRadians(verticalFovDegrees) / 2);
    }

    /** The vertical field of view of a camera with focal length {@code focal} pixels and this height. */
    public static double fovForFocal(double focal, int height) {
        return Math.toDegrees(2 * Math.atan(height / 2.0 / focal));
    }

    /**
     * The point seen at pixel centre (px, py) at planar depth {@code depth} in the camera of {@code pose},
     * expressed in the reference camera's frame: {x, y, z}.
     */
    public double[] unproject(double px, double py, double depth, Pose pose) {
        double f = focal();
        double cx = (px + 0.5 - width / 2.0) / f * depth;
        double cy = (height / 2.0 - (py + 0.5)) / f * depth;
        double cz = -depth;
        double cos = Math.cos(pose.yaw());
        double sin = Math.sin(pose.yaw());
        return new double[] {cx * cos + cz * sin + pose.x(), cy + pose.y(), -cx * sin + cz * cos + pose.z()};
    }

    /**
     * Where the reference-frame point p appears in the camera of {@code pose}: {px, py, depth} with pixel
     * centres at integers (depth ≤ 0 when the point is behind the camera).
     */
    public double[] project(double[] p, Pose pose) {
        double x = p[0] - pose.x();
        double y = p[1] - pose.y();
        double z = p[2] - pose.z();
        double cos = Math.cos(pose.yaw());
        double sin = Math.sin(pose.yaw());
        double cx = x * cos - z * sin;
        double cz = x * sin + z * cos;
        double depth = -cz;
        double f = focal();
        return new double[] {cx / depth * f + width / 2.0 - 0.5, height / 2.0 - y / depth * f - 0.5, depth};
    }
}
