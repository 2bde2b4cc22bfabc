package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Exact optimal 1-D clustering (Fisher 1958, "On grouping for maximum homogeneity"; Jenks natural breaks): the
 * split of sorted values into k contiguous classes with the least total within-class sum of squares, by dynamic
 * programming. It runs on a histogram so its cost does not grow with the pixel count: class borders fall on bin
 * edges, and each bin carries the count, sum and sum of squares of its own values, so a class's cost is the exact
 * sum of squares of the values in it (not of bin centres). Over all splits at bin edges the result is optimal.
 */
public final class NaturalBreaks {
    private final double[] count;
    private final double[] sum;
    private final double[] sumSquares;
    private final float[] upperEdge;

    private NaturalBreaks(double[] count, double[] sum, double[] sumSquares, float[] upperEdge) {
        this.count = count;
        this.sum = sum;
        this.sumSquares = sumSquares;
        this.upperEdge = upperEdge;
    }

    /** A histogram of the known (non-NaN) values with {@code bins} equal bins; empty bins are dropped. */
    public static NaturalBreaks histogram(float[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins " + bins);
        }
        float[] range = DepthMap.knownRange(values);
        float min = range[0];
        float max = range[1];
        if (min > max) {
            throw new InvalidInputException("No known depth values to cluster.");
        }
        double scale = max > min ? bins / ((double) max - min) : 0;
        double[] c = new double[bins];
        double[] s = new double[bins];
        double[] q = new double[bins];
        float[] top = new float[bins];
        java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
        for (float v : values) {
            if (v != v) {
                continue;
            }
            int b = Math.min(bins - 1, (int) ((v - min) * scale));
            c[b]++;
            s[b] += v;
            q[b] += (double) v * v;
            if (v > top[b]) {
                top[b] = v;
            }
        }
        int used = 0;
        for (int b = 0; b < bins; b++) {
            if (c[b] > 0) {
                c[used] = c[b];
                s[used] = s[b];
                q[used] = q[b];
                top[used] = top[b];
                used++;
            }
        }
        return new NaturalBreaks(java.util.Arrays.copyOf(c, used), java.util.Arrays.copyOf(s, used),
                java.util.Arrays.copyOf(q, used), java.util.Arrays.copyOf(top, used));
    }

    /** How many non-empty bins there are: the most classes possible. */
    public int groups() {
        return count.length;
    }

    /**
     * The optimal split into {@code k} classes (fewer when there are fewer distinct groups).
     */
    public Breaks classify(int k) {
        if (k < 1) {
            throw new InvalidInputException("The number of depth planes must be at least 1; got " + k + ".");
        }
        int n = count.length;
        int classes = Math.min(k, n);
        double[] pc = new double[n + 1];
        double[] ps = new double[n + 1];
        double[] pq = new double[n + 1];
        for (int b = 0; b < n; b++) {
            pc[b + 1] = pc[b] + count[b];
            ps[b + 1] = ps[b] + sum[b];
            pq[b + 1] = pq[b] + sumSquares[b];
        }
        // cost[j] = least cost of groups [0, j) in the current number of classes; from[c][j] = start of the last class
        double[] cost = new double[n + 1];
        double[] next = new double[n + 1];
        int[][] from = new int[classes + 1][n + 1];
        for (int j = 1; j <= n; j++) {
            cost[j] = sse(pc, ps, pq, 0, j);
        }
        for (int c = 2; c <= classes; c++) {
            java.util.Arrays.fill(next, Double.POSITIVE_INFINITY);
            for (int j = c; j <= n; j++) {
                double best = Double.POSITIVE_INFINITY;
                int arg = c - 1;
                for (int i = c - 1; i < j; i++) {
                    double v = cost[i] + sse(pc, ps, pq, i, j);
                    if (v < best) {
                        best = v;
                        arg = i;
                    }
                }
                next[j] = best;
                from[c][j] = arg;
            }
            double[] t = cost;
            cost = next;
            next = t;
        }
        int[] start = new int[classes + 1];
        start[classes] = n;
        for (int c = classes; c >= 2; c--) {
            start[c - 1] = from[c][start[c]];
        }
        double[] means = new double[classes];
        double[] counts = new double[classes];
        float[] thresholds = new float[classes - 1];
        for (int c = 0; c < classes; c++) {
            int a = start[c];
            int b = start[c + 1];
            counts[c] = pc[b] - pc[a];
            means[c] = (ps[b] - ps[a]) / counts[c];
            if (c < classes - 1) {
                thresholds[c] = upperEdge[b - 1];
            }
        }
        return new Breaks(thresholds, means, counts, cost[n]);
    }

    private static double sse(double[] pc, double[] ps, double[] pq, int from, int to) {
        double n = pc[to] - pc[from];
        double s = ps[to] - ps[from];
        return Math.max(0, pq[to] - pq[from] - s * s / n);
    }

    /**
     * Classes in ascending value order.
     *
     * @param thresholds k − 1 values: class c holds values ≤ thresholds[c] (and above thresholds[c − 1])
     * @param means      mean value of each class
     * @param counts     values in each class
     * @param withinSse  total within-class sum of squares
     */
    public record Breaks(float[] thresholds, double[] means, double[] counts, double withinSse) {
        public int classes() {
            return means.length;
        }

        /** The class of a value, 0 = lowest. */
        public int classOf(float value) {
            int c = 0;
            while (c < thresholds.length && value > thresholds[c]) {
                c++;
            }
            return c;
        }
    }
}
