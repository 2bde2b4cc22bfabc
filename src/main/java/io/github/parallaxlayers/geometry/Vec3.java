package io.github.parallaxlayers.geometry;

/** A 3-vector (a point, a direction or a homogeneous 2-D point or line). */
public record Vec3(double x, double y, double z) {

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double s) {
        return new Vec3(x * s, y * s, z * s);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public double norm() {
        return Math.sqrt(dot(this));
    }

    public Vec3 unit() {
        double n = norm();
        return new Vec3(x / n, y / n, z / n);
    }

    /** The angle between the two directions in degrees, 0–180. */
    public double angleTo(Vec3 o) {
        double c = dot(o) / (norm() * o.norm());
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }
}
