package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Mask ⇄ polygons. Outlines follow the cracks between pixels (vertices on pixel corners), so the unsimplified
 * polygons fill back to exactly the same pixels under the even–odd rule; holes are polygons of their own.
 * Simplification is Douglas–Peucker with a tolerance in px.
 */
public final class Outlines {
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private Outlines() {
    }

    /** A closed polygon: vertex coordinates in px, corners of pixels (x = 3 is the left edge of column 3). */
    public record Polygon(double[] x, double[] y) {
        public int size() {
            return x.length;
        }

        /** Signed area (shoelace); positive for outer outlines, negative for holes (y points down). */
        public double signedArea() {
            double a = 0;
            for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
                a += x[j] * y[i] - x[i] * y[j];
            }
            return a / 2;
        }
    }

    /** Every outline of the mask (outer outlines and holes), simplified with {@code tolerance} px (0 = exact). */
    public static List<Polygon> trace(Mask mask, double tolerance) {
        int w = mask.width();
        int h = mask.height();
        int cw = w + 1;
        // up to two outgoing crack edges per corner, as directions 0..3; -1 = none
        int[] first = new int[cw * (h + 1)];
        int[] second = new int[cw * (h + 1)];
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(second, -1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!mask.get(x, y)) {
                    continue;
                }
                if (y == 0 || !mask.get(x, y - 1)) {
                    add(first, second, y * cw + x, 0);
                }
                if (x == w - 1 || !mask.get(x + 1, y)) {
                    add(first, second, y * cw + x + 1, 1);
                }
                if (y == h - 1 || !mask.get(x, y + 1)) {
                    add(first, second, (y + 1) * cw + x + 1, 2);
                }
                if (x == 0 || !mask.get(x - 1, y)) {
                    add(first, second, (y + 1) * cw + x, 3);
                }
            }
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int start = 0; start < first.length; start++) {
            while (first[start] >= 0 || second[start] >= 0) {
                polygons.add(simplify(follow(first, second, cw, start), tolerance));
            }
        }
        return polygons;
    }

    private static void add(int[] first, int[] second, int corner, int direction) {
        if (first[corner] < 0) {
            first[corner] = direction;
        } else {
            second[corner] = direction;
        }
    }

    /** Follows unused edges from {@code start} until the loop closes, keeping only the corners where it turns. */
    private static Polygon follow(int[] first, int[] second, int cw, int start) {
        List<int[]> vertices = new ArrayList<>();
        int corner = start;
        int previous = -1;
        int firstDirection = -1;
        do {
            int direction = take(first, second, corner, previous);
            if (firstDirection < 0) {
                firstDirection = direction;
            }
            if (direction != previous) {
                vertices.add(new int[] {corner % cw, corner / cw});
            }
            previous = direction;
            corner = (corner / cw + DY[direction]) * cw + corner % cw + DX[direction];
        } while (corner != start);
        if (previous == firstDirection) {
            vertices.remove(0); // the loop passes straight through its start corner: not a vertex
        }
        double[] x = new double[vertices.size()];
        double[] y = new double[vertices.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = vertices.get(i)[0];
            y[i] = vertices.get(i)[1];
        }
        return new Polygon(x, y);
    }

    /**
     * Takes an outgoing edge of {@code corner}. Where two leave (two inside pixels touch only diagonally), turn
     * left, so the loop goes around both pixels: the outline of an 8-connected component stays one polygon.
     */
    private static int take(int[] first, int[] second, int corner, int arriving) {
        int a = first[corner];
        int b = second[corner];
        int chosen;
        if (b < 0) {
            chosen = a;
            first[corner] = -1;
        } else if (a < 0) {
            chosen = b;
            second[corner] = -1;
        } else {
            int left = arriving < 0 ? a : (arriving + 3) % 4;
            if (a == left) {
                chosen = a;
                first[corner] = -1;
            } else {
                chosen = b;
                second[corner] = -1;
            }
        }
        return chosen;
    }

    /** Douglas–Peucker on a closed polygon: split at the vertex farthest from the first, simplify both halves. */
    static Polygon simplify(Polygon p, double tolerance) {
        int n = p.size();
        if (tolerance <= 0 || n <= 4) {
            return p;
        }
        int far = 0;
        double best = -1;
        for (int i = 1; i < n; i++) {
            double d = Math.hypot(p.x()[i] - p.x()[0], p.y()[i] - p.y()[0]);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[far] = true;
        mark(p, 0, far, tolerance, keep);
        mark(p, far, n, tolerance, keep);
        int count = 0;
        for (boolean k : keep) {
            count += k ? 1 : 0;
        }
        double[] x = new double[count];
        double[] y = new double[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (keep[i]) {
                x[j] = p.x()[i];
                y[j++] = p.y()[i];
            }
        }
        return new Polygon(x, y);
    }

    /** Marks the vertices to keep strictly between {@code from} and {@code to} (index {@code n} = vertex 0). */
    private static void mark(Polygon p, int from, int to, double tolerance, boolean[] keep) {
        int n = p.size();
        double x0 = p.x()[from % n];
        double y0 = p.y()[from % n];
        double x1 = p.x()[to % n];
        double y1 = p.y()[to % n];
        double len = Math.hypot(x1 - x0, y1 - y0);
        int best = -1;
        double bestDistance = tolerance;
        for (int i = from + 1; i < to; i++) {
            double d = len == 0 ? Math.hypot(p.x()[i] - x0, p.y()[i] - y0)
                    : Math.abs((x1 - x0) * (y0 - p.y()[i]) - (x0 - p.x()[i]) * (y1 - y0)) / len;
            if (d > bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        if (best >= 0) {
            keep[best] = true;
            mark(p, from, best, tolerance, keep);
            mark(p, best, to, tolerance, keep);
        }
    }

    /** Fills polygons into a mask with the even–odd rule, sampling at pixel centres. */
    public static Mask fill(List<Polygon> polygons, int width, int height) {
        Mask out = Mask.empty(width, height);
        double[] crossings = new double[16];
        for (int y = 0; y < height; y++) {
            double cy = y + 0.5;
            int count = 0;
            for (Polygon p : polygons) {
                int n = p.size();
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double ya = p.y()[j];
                    double yb = p.y()[i];
                    if ((ya <= cy) != (yb <= cy)) {
                        double x = p.x()[j] + (cy - ya) * (p.x()[i] - p.x()[j]) / (yb - ya);
                        if (count == crossings.length) {
                            crossings = java.util.Arrays.copyOf(crossings, count * 2);
                        }
                        crossings[count++] = x;
                    }
                }
            }
            java.util.Arrays.sort(crossings, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                int from = (int) Math.max(0, Math.ceil(crossings[k] - 0.5));
                int to = (int) Math.min(width - 1, Math.ceil(crossings[k + 1] - 0.5) - 1);
                for (int x = from; x <= to; x++) {
                    out.set(x, y, true);
                }
            }
        }
        return out;
    }
}
