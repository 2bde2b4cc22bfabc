package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.List;

/**
 * Where the lines of one direction meet, fitted by least squares over all of them: the point closest to every
 * line (each line weighted by its length), found in coordinates centred on the plate and scaled by half its larger
 * side so the fit is well conditioned. The point is kept homogeneous so that lines parallel in the image (a
 * direction parallel to the image plane) give a point at infinity — a direction in the image — instead of a
 * number that overflows.
 *
 * @param name            the direction's name
 * @param x               homogeneous x in pixels (the point is x / w, y / w when w is not 0)
 * @param y               homogeneous y in pixels
 * @param w               homogeneous weight: 0 at infinity
 * @param atInfinity      the point lies more than {@link #INFINITY_HALF_SIZES} half plate sizes from the centre
 * @param residualPixels  per line, how far its endpoints lie from the line through its midpoint and the vanishing
 *                        point (px): the fit's error on that line
 * @param residualDegrees per line, the same as the angle between the line and that line
 */
public record VanishingPoint(String name, double x, double y, double w, boolean atInfinity, double[] residualPixels,
                             double[] residualDegrees) {

    /** Beyond this many half plate sizes a vanishing point is treated as at infinity. */
    public static final double INFINITY_HALF_SIZES = 100;
    private static final double MIN_LENGTH = 2;

    /** The point in pixels; infinite coordinates when it is at infinity. */
    public double imageX() {
        return x / w;
    }

    public double imageY() {
        return y / w;
    }

    public double rmsResidualPixels() {
        double s = 0;
        for (double r : residualPixels) {
            s += r * r;
        }
        return Math.sqrt(s / residualPixels.length);
    }

    /** Fits the vanishing point of a group of lines on a {@code width} × {@code height} plate. */
    public static VanishingPoint fit(LineGroup group, int width, int height) {
        List<LineSegment> lines = group.lines();
        String name = group.name();
        if (lines.size() < 2) {
            throw new InvalidInputException("Direction '" + name + "' has " + lines.size() + " line"
                    + (lines.size() == 1 ? "" : "s") + "; draw at least two lines along edges that are parallel in "
                    + "the scene for each direction.");
        }
        for (LineSegment line : lines) {
            if (line.length() < MIN_LENGTH) {
                throw new InvalidInputException("A line of direction '" + name + "' is only "
                        + String.format(java.util.Locale.ROOT, "%.1f", line.length()) + " px long; draw each line "
                        + "along as much of its edge as is visible (at least " + (int) MIN_LENGTH + " px).");
            }
        }
        double cx = width / 2.0;
        double cy = height / 2.0;
        double s = Math.max(width, height) / 2.0;
        double[][] m = new double[3][3];
        Vec3[] normalised = new Vec3[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LineSegment line = lines.get(i);
            Vec3 p = new Vec3((line.x1() - cx) / s, (line.y1() - cy) / s, 1);
            Vec3 q = new Vec3((line.x2() - cx) / s, (line.y2() - cy) / s, 1);
            Vec3 l = p.cross(q);
            double n = Math.hypot(l.x(), l.y());
            l = l.times(1 / n); // now l · (u, v, 1) is the distance from the line
            normalised[i] = l;
            double weight = line.length() / s;
            double[] c = {l.x(), l.y(), l.z()};
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    m[r][k] += weight * c[r] * c[k];
                }
            }
        }
        if (allSame(normalised)) {
            throw new InvalidInputException("The lines of direction '" + name + "' all lie on one line, so they do "
                    + "not show where that direction vanishes; draw them along different edges.");
        }
        Vec3 v = refine(SymmetricEigen.smallest(m), lines, cx, cy, s);
        if (v.z() < 0) {
            v = v.times(-1);
        }
        boolean infinite = Math.abs(v.z()) * INFINITY_HALF_SIZES < Math.hypot(v.x(), v.y());
        // back to pixels: (u, v, 1) = ((x − cx) / s, (y − cy) / s, 1)
        double px = v.x() * s + cx * v.z();
        double py = v.y() * s + cy * v.z();
        double pw = v.z();
        double[] residualPx = new double[lines.size()];
        double[] residualDeg = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LineSegment line = lines.get(i);
            double dx = px - line.midX() * pw;
            double dy = py - line.midY() * pw;
            double dn = Math.hypot(dx, dy);
            double half = line.length() / 2;
            if (dn == 0) { // the vanishing point is the segment's midpoint: no direction to compare with
                residualPx[i] = half;
                residualDeg[i] = 90;
                continue;
            }
            double ex = line.x2() - line.midX();
            double ey = line.y2() - line.midY();
            double off = Math.abs(ex * dy - ey * dx) / dn;
            residualPx[i] = off;
            residualDeg[i] = Math.toDegrees(Math.asin(Math.min(1, off / half)));
        }
        return new VanishingPoint(name, px, py, pw, infinite, residualPx, residualDeg);
    }

    /**
     * Gauss–Newton on the geometric error, starting from the algebraic fit: the sum over lines of the squared
     * distances of both endpoints from the line through the segment's midpoint and the vanishing point (the error
     * a drawn line really has). The point stays a unit homogeneous vector, updated in its tangent plane, so a
     * point at infinity is reached smoothly.
     */
    private static Vec3 refine(Vec3 start, List<LineSegment> lines, double cx, double cy, double s) {
        int n = lines.size();
        double[][] seg = new double[n][4];
        for (int i = 0; i < n; i++) {
            LineSegment l = lines.get(i);
            seg[i] = new double[] {(l.x1() - cx) / s, (l.y1() - cy) / s, (l.x2() - cx) / s, (l.y2() - cy) / s};
        }
        Vec3 v = start.unit();
        double cost = cost(v, seg);
        for (int iteration = 0; iteration < 50; iteration++) {
            // tangent basis at v
            Vec3 helper = Math.abs(v.x()) < 0.9 ? new Vec3(1, 0, 0) : new Vec3(0, 1, 0);
            Vec3 e1 = v.cross(helper).unit();
            Vec3 e2 = v.cross(e1).unit();
            double[] r0 = residuals(v, seg);
            double h = 1e-7;
            double[] r1 = residuals(v.plus(e1.times(h)).unit(), seg);
            double[] r2 = residuals(v.plus(e2.times(h)).unit(), seg);
            double a11 = 0;
            double a12 = 0;
            double a22 = 0;
            double b1 = 0;
            double b2 = 0;
            for (int k = 0; k < r0.length; k++) {
                double j1 = (r1[k] - r0[k]) / h;
                double j2 = (r2[k] - r0[k]) / h;
                a11 += j1 * j1;
                a12 += j1 * j2;
                a22 += j2 * j2;
                b1 -= j1 * r0[k];
                b2 -= j2 * r0[k];
            }
            double det = a11 * a22 - a12 * a12;
            if (!(Math.abs(det) > 1e-300)) {
                break;
            }
            double d1 = (a22 * b1 - a12 * b2) / det;
            double d2 = (a11 * b2 - a12 * b1) / det;
            double step = 1;
            boolean improved = false;
            for (int halving = 0; halving < 20 && !improved; halving++, step /= 2) {
                Vec3 next = v.plus(e1.times(step * d1)).plus(e2.times(step * d2)).unit();
                double c = cost(next, seg);
                if (c < cost) {
                    improved = cost - c > 1e-15 * cost;
                    v = next;
                    cost = c;
                    if (!improved) {
                        return v;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return v;
    }

    private static double cost(Vec3 v, double[][] seg) {
        double c = 0;
        for (double r : residuals(v, seg)) {
            c += r * r;
        }
        return c;
    }

    /** Signed distances of each segment's two endpoints from the line through its midpoint and v. */
    private static double[] residuals(Vec3 v, double[][] seg) {
        double[] r = new double[seg.length * 2];
        for (int i = 0; i < seg.length; i++) {
            double[] q = seg[i];
            double mx = (q[0] + q[2]) / 2;
            double my = (q[1] + q[3]) / 2;
            double dx = v.x() - mx * v.z();
            double dy = v.y() - my * v.z();
            double dn = Math.hypot(dx, dy);
            if (dn == 0) {
                dn = 1e-300;
            }
            r[2 * i] = ((q[0] - mx) * dy - (q[1] - my) * dx) / dn;
            r[2 * i + 1] = ((q[2] - mx) * dy - (q[3] - my) * dx) / dn;
        }
        return r;
    }

    private static boolean allSame(Vec3[] lines) {
        for (Vec3 l : lines) {
            double same = Math.min(l.minus(lines[0]).norm(), l.plus(lines[0]).norm());
            if (same > 1e-6) {
                return false;
            }
        }
        return true;
    }
}
