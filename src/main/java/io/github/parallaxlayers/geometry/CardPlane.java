package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * A layer's card: the plane {X : normal · X = distance} in the reference camera's frame (x right, y up, looking down
 * −z from the origin, the frame of {@code layers.ParallaxRenderer}), with its kind. The card's texture is the layer
 * as the reference camera saw it, so a point of the plane has the texture coordinate of its reference pixel: the
 * reference view is unchanged, and any other view sees the plane in true perspective through the homography
 * {@link #homography} (the plane-induced homography H = K (R − t nᵀ/d) K⁻¹, written here from target pixel to
 * reference pixel).
 *
 * <p>Pixel coordinates are continuous with pixel i covering [i, i + 1) (its centre at i + 0.5), the principal point
 * (cx, cy) in the same units, y down; the focal length f in pixels.
 *
 * @param kind     what the card is
 * @param normal   unit normal
 * @param distance the plane's signed distance from the reference camera along the normal
 */
public record CardPlane(CardKind kind, Vec3 normal, double distance) {

    public CardPlane {
        double n = normal.norm();
        if (!(n > 0) || Double.isInfinite(n) || !Double.isFinite(distance)) {
            throw new InvalidInputException("A card's plane needs a normal of non-zero length and a finite distance; "
                    + "got " + normal + ", " + distance + ".");
        }
        normal = normal.times(1 / n);
        distance /= n;
    }

    /** A card facing the reference camera at planar depth {@code depth} (z = −depth). */
    public static CardPlane upright(double depth) {
        return facing(CardKind.UPRIGHT, depth);
    }

    /** The far card at planar depth {@code depth}. */
    public static CardPlane sky(double depth) {
        return facing(CardKind.SKY, depth);
    }

    /** The ground under a camera {@code height} above it, {@code up} the ground's normal in the camera's frame. */
    public static CardPlane ground(Vec3 up, double height) {
        if (!(height > 0)) {
            throw new InvalidInputException("The camera height must be above the ground (greater than 0); got "
                    + height + ".");
        }
        return new CardPlane(CardKind.GROUND, up.unit(), -height);
    }

    private static CardPlane facing(CardKind kind, double depth) {
        if (!(depth > 0) || Double.isInfinite(depth)) {
            throw new InvalidInputException("A card needs a depth above 0; got " + depth + ".");
        }
        return new CardPlane(kind, new Vec3(0, 0, -1), depth);
    }

    /**
     * The planar depth (distance along the view axis) at which the reference pixel (px, py)'s ray meets the plane:
     * NaN where it never does (parallel) or meets it behind the camera.
     */
    public double depthAt(double px, double py, double focal, double cx, double cy) {
        double nd = normal.x() * (px - cx) / focal + normal.y() * (cy - py) / focal - normal.z();
        double t = distance / nd;
        return t > 0 && Double.isFinite(t) ? t : Double.NaN;
    }

    /** The point of the plane seen at reference pixel (px, py), or null where the ray does not meet it in front. */
    public Vec3 pointAt(double px, double py, double focal, double cx, double cy) {
        double t = depthAt(px, py, focal, cx, cy);
        return t == t ? new Vec3((px - cx) / focal * t, (cy - py) / focal * t, -t) : null;
    }

    /** Where a point in front of the reference camera appears in its image: {px, py}. */
    public static double[] project(Vec3 p, double focal, double cx, double cy) {
        return new double[] {cx + focal * p.x() / -p.z(), cy - focal * p.y() / -p.z()};
    }

    /** The signed distance of the point from the plane (positive on the normal's side). */
    public double offset(Vec3 p) {
        return normal.dot(p) - distance;
    }

    /** This plane with another kind. */
    public CardPlane as(CardKind newKind) {
        return new CardPlane(newKind, normal, distance);
    }

    /**
     * The homography from a target camera's pixels to the reference pixels that see the same point of this plane:
     * (U, V, W) = H · (u, v, 1), reference pixel (U / W, V / W). The target camera has the same focal length and
     * principal point, sits at {@code position} in the reference frame and turns by {@code rotation} (row-major,
     * its columns the target's right, up and back axes in the reference frame).
     *
     * <p>Derivation: the target pixel's ray in the reference frame is X(s) = C + s·D with D = R·K⁻¹(u, v, 1) and
     * K⁻¹(u, v, 1) = ((u − cx) / f, (cy − v) / f, −1); it meets the plane at s = (d − n·C) / (n·D), so
     * (n·D)·X = (C nᵀ + (d − n·C) I)·D, and the reference pixel is P·S·X with S = diag(1, 1, −1) and
     * P = [[f, 0, cx], [0, −f, cy], [0, 0, 1]]. Only the point's direction matters, so H = P S (C nᵀ + (d − n·C) I)
     * R K⁻¹. {@link #rayRow} gives n·D and {@link #reach} d − n·C, to tell where the ray meets the plane.
     */
    public double[][] homography(double[][] rotation, Vec3 position, double focal, double cx, double cy) {
        double[][] kInv = {{1 / focal, 0, -cx / focal}, {0, -1 / focal, cy / focal}, {0, 0, -1}};
        double k = reach(position);
        double[] c = {position.x(), position.y(), position.z()};
        double[] n = {normal.x(), normal.y(), normal.z()};
        double[][] m = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = c[i] * n[j] + (i == j ? k : 0);
            }
        }
        double[][] ps = {{focal, 0, -cx}, {0, -focal, -cy}, {0, 0, -1}};
        return times(times(times(ps, m), rotation), kInv);
    }

    /** d − n·C: positive when the camera at {@code position} is on the side of the plane away from its normal. */
    public double reach(Vec3 position) {
        return distance - normal.dot(position);
    }

    /**
     * The row a with n·D = a · (u, v, 1) for the target pixel's ray D (same camera as {@link #homography}); the ray
     * meets the plane in front of the target camera where reach / (a · (u, v, 1)) > 0.
     */
    public double[] rayRow(double[][] rotation, double focal, double cx, double cy) {
        double[] nr = new double[3]; // nᵀ R
        for (int j = 0; j < 3; j++) {
            nr[j] = normal.x() * rotation[0][j] + normal.y() * rotation[1][j] + normal.z() * rotation[2][j];
        }
        return new double[] {nr[0] / focal, -nr[1] / focal, -nr[0] * cx / focal + nr[1] * cy / focal - nr[2]};
    }

    static double[][] times(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return out;
    }
}
