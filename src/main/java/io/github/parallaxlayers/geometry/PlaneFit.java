package io.github.parallaxlayers.geometry;

import java.util.Random;

/**
 * Robust plane fits to 3-D points (a layer's pixels lifted by their depth): RANSAC on minimal samples, then least
 * squares (the smallest principal axis of the inliers' covariance) on the inliers, then the inliers of the refined
 * plane. A point is an inlier when the plane's depth along the point's ray differs from the point's own depth by at
 * most {@code relativeTolerance} of it (|n·X − d| ≤ tolerance · |n·X|, since along a ray depth scales with n·X), plus
 * {@code absoluteTolerance} in scene units: a plane is judged by how far it would misplace what the pixel saw, so a
 * far point near a plane's far end (the sky beside a receding facade) is not taken for the plane. A vertical plane
 * (its normal perpendicular to a given up direction: a wall) needs two points, any plane three.
 */
public final class PlaneFit {

    /** A fitted plane and which of the candidate points lie on it. */
    public record Result(Vec3 normal, double distance, boolean[] inliers, int count) {
    }

    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final int iterations;

    public PlaneFit(double relativeTolerance, double absoluteTolerance, int iterations) {
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.iterations = iterations;
    }

    /** Whether point (x, y, z) lies on the plane within the tolerance. */
    public boolean fits(Vec3 normal, double distance, double x, double y, double z) {
        double along = normal.x() * x + normal.y() * y + normal.z() * z;
        return Math.abs(along - distance) <= relativeTolerance * Math.abs(along) + absoluteTolerance;
    }

    /**
     * The plane with the most inliers among the points whose {@code use} flag is set ({@code xyz}: 3 floats per
     * point), or null when there are too few points. {@code up} non-null: vertical planes only.
     */
    public Result fit(float[] xyz, boolean[] use, Vec3 up, long seed) {
        int n = use.length;
        int[] pool = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (use[i]) {
                pool[m++] = i;
            }
        }
        int need = up == null ? 3 : 2;
        if (m < need) {
            return null;
        }
        Random random = new Random(seed);
        // score on a subsample: enough to rank hypotheses, far cheaper than all points
        int step = Math.max(1, m / 4000);
        Vec3 bestN = null;
        double bestD = 0;
        int bestScore = -1;
        for (int it = 0; it < iterations; it++) {
            Vec3 a = point(xyz, pool[random.nextInt(m)]);
            Vec3 b = point(xyz, pool[random.nextInt(m)]);
            Vec3 normal = up == null ? b.minus(a).cross(point(xyz, pool[random.nextInt(m)]).minus(a))
                    : b.minus(a).cross(up);
            double len = normal.norm();
            if (!(len > 1e-9)) {
                continue;
            }
            normal = normal.times(1 / len);
            double d = normal.dot(a);
            int score = 0;
            for (int k = 0; k < m; k += step) {
                int i = pool[k];
                if (fits(normal, d, xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2])) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                bestN = normal;
                bestD = d;
            }
        }
        if (bestN == null) {
            return null;
        }
        for (int round = 0; round < 2; round++) {
            boolean[] in = inliers(xyz, pool, m, bestN, bestD, n);
            Vec3[] refined = leastSquares(xyz, in, up);
            if (refined == null) {
                break;
            }
            bestN = refined[0];
            bestD = refined[1].x();
        }
        boolean[] in = inliers(xyz, pool, m, bestN, bestD, n);
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        return new Result(bestN, bestD, in, count);
    }

    private boolean[] inliers(float[] xyz, int[] pool, int m, Vec3 normal, double d, int n) {
        boolean[] in = new boolean[n];
        for (int k = 0; k < m; k++) {
            int i = pool[k];
            in[i] = fits(normal, d, xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
        }
        return in;
    }

    /** {normal, (distance, 0, 0)} of the least-squares plane through the flagged points, or null for too few. */
    static Vec3[] leastSquares(float[] xyz, boolean[] in, Vec3 up) {
        double sx = 0, sy = 0, sz = 0;
        int count = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                sx += xyz[3 * i];
                sy += xyz[3 * i + 1];
                sz += xyz[3 * i + 2];
                count++;
            }
        }
        if (count < 3) {
            return null;
        }
        Vec3 mean = new Vec3(sx / count, sy / count, sz / count);
        double[][] cov = new double[3][3];
        for (int i = 0; i < in.length; i++) {
            if (!in[i]) {
                continue;
            }
            double[] p = {xyz[3 * i] - mean.x(), xyz[3 * i + 1] - mean.y(), xyz[3 * i + 2] - mean.z()};
            if (up != null) { // only the horizontal part: the normal must stay perpendicular to up
                double along = p[0] * up.x() + p[1] * up.y() + p[2] * up.z();
                p[0] -= along * up.x();
                p[1] -= along * up.y();
                p[2] -= along * up.z();
            }
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    cov[r][c] += p[r] * p[c];
                }
            }
        }
        if (up != null) {
            // the up direction has zero spread after the projection: lift it so it is never the smallest axis
            double lift = cov[0][0] + cov[1][1] + cov[2][2] + 1;
            double[] u = {up.x(), up.y(), up.z()};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    cov[r][c] += lift * u[r] * u[c];
                }
            }
        }
        Vec3 normal = SymmetricEigen.smallest(cov).unit();
        return new Vec3[] {normal, new Vec3(normal.dot(mean), 0, 0)};
    }

    private static Vec3 point(float[] xyz, int i) {
        return new Vec3(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
    }
}
