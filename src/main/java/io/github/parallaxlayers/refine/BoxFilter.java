package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Parallel;

/**
 * Mean over a (2r+1)² window clipped at the image border, in O(1) per pixel whatever the radius: a running sum
 * along rows, then along columns. Sums are kept in double so large plates do not drift.
 */
final class BoxFilter {

    private BoxFilter() {
    }

    static float[] mean(float[] in, int w, int h, int r) {
        float[] rows = new float[in.length];
        Parallel.rows(h, (from, to) -> rowPass(in, rows, w, r, from, to));
        float[] out = new float[in.length];
        Parallel.rows(w, (from, to) -> columnPass(rows, out, w, h, r, from, to));
        return out;
    }

    private static void rowPass(float[] in, float[] rows, int w, int r, int fromRow, int toRow) {
        for (int y = fromRow; y < toRow; y++) {
            int row = y * w;
            double sum = 0;
            int right = Math.min(w - 1, r);
            for (int x = 0; x <= right; x++) {
                sum += in[row + x];
            }
            for (int x = 0; x < w; x++) {
                int lo = Math.max(0, x - r);
                int hi = Math.min(w - 1, x + r);
                rows[row + x] = (float) (sum / (hi - lo + 1));
                int add = x + r + 1;
                int drop = x - r;
                if (add < w) {
                    sum += in[row + add];
                }
                if (drop >= 0) {
                    sum -= in[row + drop];
                }
            }
        }
    }

    /** Running sums down the columns {@code [fromX, toX)}, a whole row segment at a time so memory is read in order. */
    private static void columnPass(float[] rows, float[] out, int w, int h, int r, int fromX, int toX) {
        double[] sums = new double[w];
        int bottom = Math.min(h - 1, r);
        for (int y = 0; y <= bottom; y++) {
            int row = y * w;
            for (int x = fromX; x < toX; x++) {
                sums[x] += rows[row + x];
            }
        }
        for (int y = 0; y < h; y++) {
            int lo = Math.max(0, y - r);
            int hi = Math.min(h - 1, y + r);
            double norm = 1.0 / (hi - lo + 1);
            int row = y * w;
            for (int x = fromX; x < toX; x++) {
                out[row + x] = (float) (sums[x] * norm);
            }
            int add = y + r + 1;
            int drop = y - r;
            if (add < h) {
                int a = add * w;
                for (int x = fromX; x < toX; x++) {
                    sums[x] += rows[a + x];
                }
            }
            if (drop >= 0) {
                int d = drop * w;
                for (int x = fromX; x < toX; x++) {
                    sums[x] -= rows[d + x];
                }
            }
        }
    }
}
