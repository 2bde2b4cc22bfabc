package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Greedy exemplar fill in the order of A. Criminisi, P. Pérez, K. Toyama, "Region Filling and Object Removal by
 * Exemplar-Based Image Inpainting", IEEE TIP 13(9), 2004: the front pixel whose patch is most known and where the
 * strongest edge meets the front is filled first, from the known patch that best matches its known part, so edges
 * reaching the hole are carried into it before the texture around them. One of the coarsest level's starts
 * ({@link ExemplarCompletion}).
 */
final class PriorityFill {
    /**
     * At most about this many sources are compared for each patch: those on a grid over the region around the hole,
     * then every source within one grid step of the best. Comparing all of them takes minutes where the coarsest
     * level is the full-size plate.
     */
    static final int MAX_CANDIDATES = 20_000;
    private static final int CHUNKS = 8;

    private final PatchLevel level;
    private final boolean[] known;
    private final float[] confidence;
    private final float[] luma;
    private final int[] version;
    private final int x0;
    private final int y0;
    private final int x1;
    private final int y1;
    private final int stride;

    private PriorityFill(PatchLevel level, int colours) {
        this.level = level;
        int n = level.size();
        known = new boolean[n];
        confidence = new float[n];
        version = new int[n];
        for (int i = 0; i < n; i++) {
            known[i] = level.hole[i] == 0;
            confidence[i] = known[i] ? 1f : 0f;
        }
        luma = TextureFeatures.luma(level.image, n, level.channels, colours);
        // The region searched: the hole's bounding box grown by its own size on each side (at least 32 px).
        int[] box = level.aroundHole(1, 32);
        x0 = box[0];
        y0 = box[1];
        x1 = box[2];
        y1 = box[3];
        int inRegion = level.sourcesIn(box);
        stride = Math.max(1, (int) Math.ceil(Math.sqrt((double) inRegion / MAX_CANDIDATES)));
    }

    /**
     * Fills {@code level.image} inside {@code level.hole} in place; the first {@code colours} channels make the luma
     * whose edges set the order. {@code level} must have at least one source. Checks {@code cancel} after every patch.
     */
    static void fill(PatchLevel level, int colours, ProgressListener cancel) {
        new PriorityFill(level, colours).run(cancel);
    }

    private void run(ProgressListener cancel) {
        int w = level.width;
        int h = level.height;
        int r = level.radius;
        int nc = level.channels;
        float[] img = level.image;
        // Entries go stale when their pixel's priority is recomputed; the version tells.
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(b[0], a[0]));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                push(queue, x, y);
            }
        }
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int p = (int) top[1];
            if (known[p] || (int) top[2] != version[p]) {
                continue;
            }
            cancel.checkCancelled();
            int px = p % w;
            int py = p / w;
            int exemplar = bestExemplar(px, py);
            float c = (float) confidence(px, py);
            int ex = exemplar % w;
            int ey = exemplar / w;
            for (int dy = -r; dy <= r; dy++) {
                int y = py + dy;
                for (int dx = -r; dx <= r; dx++) {
                    int x = px + dx;
                    if (x < 0 || y < 0 || x >= w || y >= h || known[y * w + x]) {
                        continue;
                    }
                    int i = y * w + x;
                    int from = (ey + dy) * w + ex + dx;
                    System.arraycopy(img, from * nc, img, i * nc, nc);
                    luma[i] = luma[from];
                    known[i] = true;
                    confidence[i] = c;
                }
            }
            // Confidence and the front changed within the patch; priorities read one patch radius further.
            for (int y = Math.max(0, py - 2 * r - 2); y <= Math.min(h - 1, py + 2 * r + 2); y++) {
                for (int x = Math.max(0, px - 2 * r - 2); x <= Math.min(w - 1, px + 2 * r + 2); x++) {
                    version[y * w + x]++;
                    push(queue, x, y);
                }
            }
        }
    }

    private void push(PriorityQueue<double[]> queue, int x, int y) {
        int i = y * level.width + x;
        if (!known[i] && onFront(x, y)) {
            queue.add(new double[] {confidence(x, y) * (dataTerm(x, y) + 1e-3), i, version[i]});
        }
    }

    private boolean onFront(int x, int y) {
        int w = level.width;
        int i = y * w + x;
        return (x > 0 && known[i - 1]) || (x < w - 1 && known[i + 1]) || (y > 0 && known[i - w])
                || (y < level.height - 1 && known[i + w]);
    }

    private double confidence(int x, int y) {
        int w = level.width;
        int r = level.radius;
        double sum = 0;
        int count = 0;
        for (int yy = Math.max(0, y - r); yy <= Math.min(level.height - 1, y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                sum += confidence[yy * w + xx];
                count++;
            }
        }
        return sum / count;
    }

    /**
     * |∇I⊥ · n| / 255: the strongest isophote among the known pixels next to (x, y), against the front's normal
     * (the direction towards the known neighbours).
     */
    private double dataTerm(int x, int y) {
        int w = level.width;
        int h = level.height;
        double nx = 0;
        double ny = 0;
        double gx = 0;
        double gy = 0;
        double strongest = 0;
        for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                int i = yy * w + xx;
                if (!known[i]) {
                    continue;
                }
                nx += xx - x;
                ny += yy - y;
                double ax = gradient(i, 1, xx > 0, xx < w - 1);
                double ay = gradient(i, w, yy > 0, yy < h - 1);
                double m = ax * ax + ay * ay;
                if (m > strongest) {
                    strongest = m;
                    gx = ax;
                    gy = ay;
                }
            }
        }
        double norm = Math.hypot(nx, ny);
        if (!(norm > 0) || strongest == 0) {
            return 0;
        }
        // The isophote is the gradient turned by 90°: (−gy, gx).
        return Math.abs(-gy * nx + gx * ny) / norm / 255.0;
    }

    /** Central difference along one axis (step 1 or the width) over known pixels only; one-sided at their edge. */
    private double gradient(int i, int step, boolean hasBefore, boolean hasAfter) {
        boolean before = hasBefore && known[i - step];
        boolean after = hasAfter && known[i + step];
        if (before && after) {
            return (luma[i + step] - luma[i - step]) / 2;
        }
        return after ? luma[i + step] - luma[i] : before ? luma[i] - luma[i - step] : 0;
    }

    /**
     * The source whose patch differs least from the known part of the patch at (px, py) among those on the grid
     * over the search region, then among every source within one grid step of that one.
     */
    private int bestExemplar(int px, int py) {
        int w = level.width;
        int rows = (y1 - y0) / stride + 1;
        // Fixed chunks of grid rows, each with its own bound, so the result does not depend on the thread count.
        long best = IntStream.range(0, CHUNKS).parallel().mapToLong(chunk -> {
            float bestSum = Float.POSITIVE_INFINITY;
            int bestSource = -1;
            for (int row = rows * chunk / CHUNKS; row < rows * (chunk + 1) / CHUNKS; row++) {
                int y = y0 + row * stride;
                for (int x = x0; x <= x1; x += stride) {
                    int s = y * w + x;
                    if (level.source[s]) {
                        float d = knownDifference(px, py, s, bestSum);
                        if (d < bestSum) {
                            bestSum = d;
                            bestSource = s;
                        }
                    }
                }
            }
            return bestSource < 0 ? Long.MAX_VALUE : ((long) Float.floatToIntBits(bestSum) << 32) | bestSource;
        }).min().getAsLong();
        if (best == Long.MAX_VALUE) {
            return level.sources[0];
        }
        int found = (int) best;
        float bestSum = Float.intBitsToFloat((int) (best >>> 32));
        int cx = found % w;
        int cy = found / w;
        for (int y = Math.max(y0, cy - stride + 1); y <= Math.min(y1, cy + stride - 1); y++) {
            for (int x = Math.max(x0, cx - stride + 1); x <= Math.min(x1, cx + stride - 1); x++) {
                int s = y * w + x;
                if (level.source[s] && s != found) {
                    float d = knownDifference(px, py, s, bestSum);
                    if (d < bestSum) {
                        bestSum = d;
                        found = s;
                    }
                }
            }
        }
        return found;
    }

    /** Sum of squared differences over the known pixels of the patch at (px, py); +∞ once it reaches limit. */
    private float knownDifference(int px, int py, int src, float limit) {
        int w = level.width;
        int h = level.height;
        int r = level.radius;
        int nc = level.channels;
        float[] img = level.image;
        int sx = src % w;
        int sy = src / w;
        float sum = 0;
        for (int dy = -r; dy <= r; dy++) {
            int y = py + dy;
            if (y < 0 || y >= h) {
                continue;
            }
            for (int dx = -r; dx <= r; dx++) {
                int x = px + dx;
                if (x < 0 || x >= w || !known[y * w + x]) {
                    continue;
                }
                int a = (y * w + x) * nc;
                int b = ((sy + dy) * w + sx + dx) * nc;
                for (int c = 0; c < nc; c++) {
                    float d = img[a + c] - img[b + c];
                    sum += d * d;
                }
            }
            if (sum >= limit) {
                return Float.POSITIVE_INFINITY;
            }
        }
        return sum;
    }
}
