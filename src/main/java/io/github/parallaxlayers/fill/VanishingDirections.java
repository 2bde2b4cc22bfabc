package io.github.parallaxlayers.fill;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The vanishing points of the straight edges around a hole, as the fill's structure guidance (after J.-B. Huang,
 * S. B. Kang, N. Ahuja, J. Kopf, "Image Completion using Planar Structure Guidance", SIGGRAPH 2014, §3.1): up to
 * three points, each found by RANSAC over pairs of {@link StraightEdges} segments and refined by least squares over
 * the segments that point at it. On a facade or a street, the lines through a pixel and these points are where its
 * structure continues (window rows, courses of bricks, kerbs); the search tries sources along them.
 *
 * <p>Points are homogeneous (x, y, w) in pixels, w = 0 for a direction parallel to the image (a point at infinity).
 */
final class VanishingDirections {
    static final VanishingDirections NONE = new VanishingDirections(new double[0]);

    /** A segment votes for a point when it points at it within this angle. */
    private static final double INLIER_DEGREES = 2.0;
    /** A point needs this many segments... */
    private static final int MIN_SEGMENTS = 8;
    /**
     * ...and segments making up this share of the length of all the segments found. A point that clutter happens
     * to line up on (a texture's short edges agree with some point within 2° about one time in 45) takes 7–10 %
     * on the Kodak photos; a facade's or a horizon's 15–50 %. 0.15 rather than 0.10 or 0.25, or none (issue 23, 10
     * main pairs at five seeds, docs/evaluation.md): the only one better than no guidance on all three measures.
     */
    static final double MIN_SHARE = 0.15;
    private static final int MAX_POINTS = 3;
    private static final int HYPOTHESES = 400;

    private final double[] points;

    /** Points as homogeneous pixel coordinates, x, y, w per point (w = 0: a direction, the point at infinity). */
    VanishingDirections(double[] points) {
        this.points = points;
    }

    int count() {
        return points.length / 3;
    }

    /** The same points in the coordinates of an image scaled by {@code factor}. */
    VanishingDirections scaled(double factor) {
        double[] p = points.clone();
        for (int k = 0; k < p.length; k += 3) {
            p[k] *= factor;
            p[k + 1] *= factor;
        }
        return new VanishingDirections(p);
    }

    /**
     * How far (sx, sy) lies off the nearest of the lines through (x, y) and the points, at most {@code cap}; the
     * cap also where there are no points or (x, y) sits on one.
     */
    double offLines(double x, double y, double sx, double sy, double cap) {
        double[] directions = new double[2 * count()];
        return offLines(directions, directionsAt(x, y, directions), sx - x, sy - y, cap);
    }

    /**
     * The unit directions of the lines through (x, y) and each point that (x, y) does not sit on, as (x, y) pairs
     * into {@code out} (at least 2 · {@link #count()} long); returns how many. The search asks this once per target
     * and then {@link #offLines(double[], int, double, double, double)} once per candidate.
     */
    int directionsAt(double x, double y, double[] out) {
        int n = 0;
        for (int k = 0; k < points.length; k += 3) {
            double ux = points[k] - x * points[k + 2];
            double uy = points[k + 1] - y * points[k + 2];
            double norm = Math.sqrt(ux * ux + uy * uy);
            if (norm > Math.abs(points[k + 2])) {
                out[2 * n] = ux / norm;
                out[2 * n + 1] = uy / norm;
                n++;
            }
        }
        return n;
    }

    /** How far the step (dx, dy) leads off the nearest of {@code n} {@code directions}, at most {@code cap}. */
    static double offLines(double[] directions, int n, double dx, double dy, double cap) {
        double off = cap;
        for (int k = 0; k < 2 * n; k += 2) {
            off = Math.min(off, Math.abs(dx * directions[k + 1] - dy * directions[k]));
        }
        return off;
    }

    /** Homogeneous pixel coordinates of point {@code k}: x, y, w. */
    double[] point(int k) {
        return new double[] {points[3 * k], points[3 * k + 1], points[3 * k + 2]};
    }

    /** The vanishing points of {@code segments} on a {@code width} × {@code height} image; deterministic in seed. */
    static VanishingDirections find(List<StraightEdges.Segment> segments, int width, int height, long seed) {
        double cx = width / 2.0;
        double cy = height / 2.0;
        double s = Math.max(width, height) / 2.0;
        List<Line> remaining = new ArrayList<>();
        for (StraightEdges.Segment g : segments) {
            remaining.add(Line.of(g, cx, cy, s));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double allLength = 0;
        for (Line l : remaining) {
            allLength += l.length;
        }
        double cosLimit = Math.cos(Math.toRadians(INLIER_DEGREES));
        List<double[]> found = new ArrayList<>();
        while (found.size() < MAX_POINTS && remaining.size() >= MIN_SEGMENTS) {
            double[] cumulative = new double[remaining.size()];
            double total = 0;
            for (int k = 0; k < remaining.size(); k++) {
                total += remaining.get(k).length;
                cumulative[k] = total;
            }
            double[] best = null;
            double bestScore = 0;
            for (int it = 0; it < HYPOTHESES; it++) {
                Line a = remaining.get(pick(cumulative, random.nextDouble() * total));
                Line b = remaining.get(pick(cumulative, random.nextDouble() * total));
                double[] v = cross(a.abc, b.abc);
                if (a == b || !normalize(v)) {
                    continue;
                }
                double score = 0;
                for (Line l : remaining) {
                    if (l.pointsAt(v, cosLimit)) {
                        score += l.length;
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
            if (best == null) {
                break;
            }
            List<Line> inliers = new ArrayList<>();
            List<Line> outliers = new ArrayList<>();
            for (Line l : remaining) {
                (l.pointsAt(best, cosLimit) ? inliers : outliers).add(l);
            }
            if (inliers.size() < MIN_SEGMENTS || bestScore < MIN_SHARE * allLength) {
                break;
            }
            double[] refined = refine(best, inliers);
            found.add(refined);
            remaining = outliers;
        }
        double[] points = new double[3 * found.size()];
        for (int k = 0; k < found.size(); k++) {
            double[] v = found.get(k);
            // Back from centred, scaled coordinates to pixels: x = s·x' + cx·w', y = s·y' + cy·w'.
            points[3 * k] = s * v[0] + cx * v[2];
            points[3 * k + 1] = s * v[1] + cy * v[2];
            points[3 * k + 2] = v[2];
        }
        return new VanishingDirections(points);
    }

    /** Least squares: the unit v minimising Σ length·(l·v)², by inverse iteration from the RANSAC point. */
    private static double[] refine(double[] start, List<Line> lines) {
        double[][] m = new double[3][3];
        for (Line l : lines) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    m[r][c] += l.length * l.abc[r] * l.abc[c];
                }
            }
        }
        double trace = m[0][0] + m[1][1] + m[2][2];
        for (int d = 0; d < 3; d++) {
            m[d][d] += 1e-9 * trace;
        }
        double[][] inverse = invert(m);
        if (inverse == null) {
            return start;
        }
        double[] v = start.clone();
        for (int it = 0; it < 30; it++) {
            double[] next = new double[3];
            for (int r = 0; r < 3; r++) {
                next[r] = inverse[r][0] * v[0] + inverse[r][1] * v[1] + inverse[r][2] * v[2];
            }
            if (!normalize(next)) {
                return start;
            }
            v = next;
        }
        return v;
    }

    private static double[][] invert(double[][] m) {
        double a = m[0][0], b = m[0][1], c = m[0][2];
        double d = m[1][0], e = m[1][1], f = m[1][2];
        double g = m[2][0], h = m[2][1], i = m[2][2];
        double ca = e * i - f * h;
        double cb = -(d * i - f * g);
        double cc = d * h - e * g;
        double det = a * ca + b * cb + c * cc;
        if (!(Math.abs(det) > 0)) {
            return null;
        }
        return new double[][] {
            {ca / det, -(b * i - c * h) / det, (b * f - c * e) / det},
            {cb / det, (a * i - c * g) / det, -(a * f - c * d) / det},
            {cc / det, -(a * h - b * g) / det, (a * e - b * d) / det}};
    }

    private static int pick(double[] cumulative, double at) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    private static boolean normalize(double[] v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(norm > 1e-12)) {
            return false;
        }
        for (int k = 0; k < 3; k++) {
            v[k] /= norm;
        }
        return true;
    }

    /** A segment in centred, scaled coordinates: its line (a² + b² = 1), midpoint, direction and pixel length. */
    private record Line(double[] abc, double mx, double my, double ux, double uy, double length) {
        static Line of(StraightEdges.Segment g, double cx, double cy, double s) {
            double x1 = (g.x1() - cx) / s;
            double y1 = (g.y1() - cy) / s;
            double x2 = (g.x2() - cx) / s;
            double y2 = (g.y2() - cy) / s;
            double[] abc = cross(new double[] {x1, y1, 1}, new double[] {x2, y2, 1});
            double n = Math.hypot(abc[0], abc[1]);
            double len = Math.hypot(x2 - x1, y2 - y1);
            return new Line(new double[] {abc[0] / n, abc[1] / n, abc[2] / n}, (x1 + x2) / 2, (y1 + y2) / 2,
                    (x2 - x1) / len, (y2 - y1) / len, g.length());
        }

        /** The segment points at v: the line from its midpoint to v is within the angle of its direction. */
        boolean pointsAt(double[] v, double cosLimit) {
            double dx = v[0] - mx * v[2];
            double dy = v[1] - my * v[2];
            double norm = Math.hypot(dx, dy);
            if (!(norm > 0)) {
                return false;
            }
            return Math.abs(dx * ux + dy * uy) / norm >= cosLimit;
        }
    }
}
