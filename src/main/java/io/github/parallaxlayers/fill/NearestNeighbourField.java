package io.github.parallaxlayers.fill;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A PatchMatch nearest-neighbour field (C. Barnes, E. Shechtman, A. Finkelstein, D. B. Goldman, "PatchMatch: A
 * Randomized Correspondence Algorithm for Structural Image Editing", SIGGRAPH 2009): for every target patch
 * centre the index of its best-known source patch centre and their mean squared colour difference. Improved by
 * propagation (a neighbour's match, shifted by one pixel) and random search in exponentially shrinking windows.
 *
 * <p>The target rows are cut into a fixed number of bands searched in parallel; a band propagates only from its own
 * pixels and draws from its own seeded generator, so the result does not depend on thread scheduling.
 */
final class NearestNeighbourField {
    private static final int BANDS = 8;
    /**
     * Structure guidance per level pixel off the nearest line through the target and a vanishing point, in the
     * patch distance's units (mean squared difference per channel on 0–255). 10 with a cap of 64 px rather than
     * 1, 3 or 30, or caps of 16, 32 or 128 (issue 23, 10 main pairs at five seeds; docs/evaluation.md).
     */
    static final float GUIDANCE_WEIGHT = 10f;
    static final double GUIDANCE_CAP = 64;

    private final PatchLevel level;
    private final long seed;
    final int[] match;
    final float[] distance;
    private final int[] bandStart;
    private StructureGuide guide = StructureGuide.NONE;

    NearestNeighbourField(PatchLevel level, long seed) {
        this.level = level;
        this.seed = seed;
        int n = level.size();
        match = new int[n];
        distance = new float[n];
        java.util.Arrays.fill(match, -1);
        int firstRow = level.height;
        int lastRow = -1;
        for (int i = 0; i < n; i++) {
            if (level.target[i]) {
                int row = i / level.width;
                firstRow = Math.min(firstRow, row);
                lastRow = Math.max(lastRow, row);
            }
        }
        bandStart = new int[BANDS + 1];
        int rows = Math.max(0, lastRow - firstRow + 1);
        for (int b = 0; b <= BANDS; b++) {
            bandStart[b] = firstRow + (int) ((long) rows * b / BANDS);
        }
    }

    /**
     * From now on every cost includes the structure guidance along the lines through each target and the
     * vanishing points, and along the continued edges the target lies near (Huang et al. 2014's direction cost;
     * docs/fill.md). {@code lines} must be in this level's pixels.
     */
    void guideBy(StructureGuide lines) {
        guide = lines;
    }

    private double[] directionBuffer() {
        return new double[2 * (guide.points().count() + guide.edges().count())];
    }

    /** The directions of the lines through (x, y) into {@code out}; returns how many. */
    private int directionsAt(int x, int y, double[] out) {
        return guide.edges().directionsAt(x, y, out, guide.points().directionsAt(x, y, out));
    }

    /** Every target gets a uniformly random source. */
    void randomize() {
        int[] sources = level.sources;
        parallelBands(0x9E3779B97F4A7C15L, (band, random) -> {
            for (int y = bandStart[band]; y < bandStart[band + 1]; y++) {
                for (int x = 0, i = y * level.width; x < level.width; x++, i++) {
                    if (level.target[i]) {
                        match[i] = sources[random.nextInt(sources.length)];
                    }
                }
            }
        });
    }

    /**
     * Starts from the coarser level's field: a target's match is twice its parent's match plus its own offset
     * within the parent, or a random source where that is not a valid source here.
     */
    void upsampleFrom(NearestNeighbourField coarse) {
        PatchLevel c = coarse.level;
        int[] sources = level.sources;
        parallelBands(0x2545F4914F6CDD1DL, (band, random) -> {
            for (int y = bandStart[band]; y < bandStart[band + 1]; y++) {
                int cy = Math.min(y / 2, c.height - 1);
                for (int x = 0, i = y * level.width; x < level.width; x++, i++) {
                    if (!level.target[i]) {
                        continue;
                    }
                    int cx = Math.min(x / 2, c.width - 1);
                    int parent = coarse.match[cy * c.width + cx];
                    int chosen = -1;
                    if (parent >= 0) {
                        int sx = 2 * (parent % c.width) + (x - 2 * cx);
                        int sy = 2 * (parent / c.width) + (y - 2 * cy);
                        if (sx < level.width && sy < level.height && level.source[sy * level.width + sx]) {
                            chosen = sy * level.width + sx;
                        }
                    }
                    match[i] = chosen >= 0 ? chosen : sources[random.nextInt(sources.length)];
                }
            }
        });
    }

    /** Recomputes every target's distance against the current image (which voting has just changed). */
    void refreshDistances() {
        parallelBands(0, (band, random) -> {
            double[] lines = directionBuffer();
            for (int y = bandStart[band]; y < bandStart[band + 1]; y++) {
                for (int x = 0, i = y * level.width; x < level.width; x++, i++) {
                    if (level.target[i]) {
                        int n = directionsAt(x, y, lines);
                        distance[i] = cost(x, y, match[i], Float.POSITIVE_INFINITY, lines, n);
                    }
                }
            }
        });
    }

    /**
     * The mean over all targets of the search's cost against the current image: the objective the EM iterations
     * lower (Wexler et al.'s coherence), to compare two fills of the same level.
     */
    double meanCost() {
        refreshDistances();
        double sum = 0;
        int count = 0;
        for (int i = 0; i < distance.length; i++) {
            if (level.target[i]) {
                sum += distance[i];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** One PatchMatch pass: forward scan order on even passes, backward on odd ones. */
    void improve(int pass) {
        improve(pass, NO_OFFSETS);
    }

    static final int[] NO_OFFSETS = new int[0];

    /**
     * One PatchMatch pass that also tries, for every target, the source at each of {@code offsets} (dx, dy pairs,
     * as {@link DominantOffsets} finds them) from the target itself. The image does not change within an EM
     * iteration, so trying them in its first pass is enough: a later pass could only find them again.
     */
    void improve(int pass, int[] offsets) {
        boolean forward = (pass & 1) == 0;
        parallelBands(pass * 0x632BE59BD9B4E019L + 1, (band, random) -> searchBand(band, forward, random, offsets));
    }

    private void searchBand(int band, boolean forward, SplittableRandom random, int[] offsets) {
        int w = level.width;
        int h = level.height;
        int top = bandStart[band];
        int bottom = bandStart[band + 1];
        int step = forward ? 1 : -1;
        int yStart = forward ? top : bottom - 1;
        int yEnd = forward ? bottom : top - 1;
        int xStart = forward ? 0 : w - 1;
        int xEnd = forward ? w : -1;
        boolean[] target = level.target;
        boolean[] source = level.source;
        int maxRadius = Math.max(w, h);
        double[] lines = directionBuffer();
        for (int y = yStart; y != yEnd; y += step) {
            for (int x = xStart; x != xEnd; x += step) {
                int i = y * w + x;
                if (!target[i]) {
                    continue;
                }
                int n = directionsAt(x, y, lines);
                int best = match[i];
                float bestDistance = distance[i];
                // Propagation: the neighbour already visited in this scan, its match moved by the same step.
                int nx = x - step;
                if (nx >= 0 && nx < w && target[i - step]) {
                    int candidate = match[i - step] + step;
                    int cx = match[i - step] % w + step;
                    if (cx >= 0 && cx < w && source[candidate] && candidate != best) {
                        float d = cost(x, y, candidate, bestDistance, lines, n);
                        if (d < bestDistance) {
                            best = candidate;
                            bestDistance = d;
                        }
                    }
                }
                int ny = y - step;
                if (ny >= top && ny < bottom && target[i - step * w]) {
                    int candidate = match[i - step * w] + step * w;
                    if (candidate >= 0 && candidate < source.length && source[candidate] && candidate != best) {
                        float d = cost(x, y, candidate, bestDistance, lines, n);
                        if (d < bestDistance) {
                            best = candidate;
                            bestDistance = d;
                        }
                    }
                }
                // The offsets at which the known part repeats (rows of windows, bricks): a target adopting one
                // passes it on to its neighbours by propagation, so the repeated structure lines up across the hole.
                for (int k = 0; k < offsets.length; k += 2) {
                    int sx = x + offsets[k];
                    int sy = y + offsets[k + 1];
                    float d = distanceIfSource(x, y, sx, sy, best, bestDistance, lines, n);
                    if (d < bestDistance) {
                        best = sy * w + sx;
                        bestDistance = d;
                    }
                }
                // Random search around the current best in windows halving from the whole image.
                int bx = best % w;
                int by = best / w;
                for (int r = maxRadius; r >= 1; r >>= 1) {
                    int sx = bx + random.nextInt(2 * r + 1) - r;
                    int sy = by + random.nextInt(2 * r + 1) - r;
                    float d = distanceIfSource(x, y, sx, sy, best, bestDistance, lines, n);
                    if (d < bestDistance) {
                        best = sy * w + sx;
                        bestDistance = d;
                        bx = sx;
                        by = sy;
                    }
                }
                match[i] = best;
                distance[i] = bestDistance;
            }
        }
    }

    /**
     * The search's {@link #cost} of source pixel (sx, sy) when it is inside the level, a source pixel and not the
     * current best; +∞ otherwise, so a caller keeps its best.
     */
    private float distanceIfSource(int x, int y, int sx, int sy, int best, float bestDistance, double[] lines,
                                   int n) {
        int w = level.width;
        if (sx < 0 || sy < 0 || sx >= w || sy >= level.height) {
            return Float.POSITIVE_INFINITY;
        }
        int candidate = sy * w + sx;
        if (!level.source[candidate] || candidate == best) {
            return Float.POSITIVE_INFINITY;
        }
        return cost(x, y, candidate, bestDistance, lines, n);
    }

    /**
     * The search's cost of copying source {@code src} to target (x, y): the patch distance plus the structure
     * guidance, {@link #GUIDANCE_WEIGHT} times how far the source lies off the nearest line through the target
     * (level pixels, at most {@link #GUIDANCE_CAP}; the {@code n} line directions at (x, y) are {@code lines}, from
     * {@link #directionsAt}; none, no guidance). Like the patch distance, +∞ once it cannot beat {@code limit}.
     */
    float cost(int x, int y, int src, float limit, double[] lines, int n) {
        if (n == 0) {
            return patchDistance(x, y, src, limit);
        }
        int w = level.width;
        float g = GUIDANCE_WEIGHT
                * (float) VanishingDirections.offLines(lines, n, src % w - x, src / w - y, GUIDANCE_CAP);
        return patchDistance(x, y, src, limit - g) + g;
    }

    /**
     * Mean squared difference per pixel and channel between the patch at (x, y) — only its part inside the
     * image — and the source patch centred at {@code src}, which is always wholly inside. Stops early and
     * returns infinity once the partial sum cannot beat {@code limit}.
     */
    float patchDistance(int x, int y, int src, float limit) {
        int w = level.width;
        int r = level.radius;
        int nc = level.channels;
        int x0 = Math.max(-r, -x);
        int x1 = Math.min(r, w - 1 - x);
        int y0 = Math.max(-r, -y);
        int y1 = Math.min(r, level.height - 1 - y);
        int count = (x1 - x0 + 1) * (y1 - y0 + 1) * nc;
        float budget = limit == Float.POSITIVE_INFINITY ? Float.POSITIVE_INFINITY : limit * count;
        float[] img = level.image;
        int sx = src % w;
        int sy = src / w;
        float sum = 0;
        int span = (x1 - x0 + 1) * nc;
        for (int dy = y0; dy <= y1; dy++) {
            int a = ((y + dy) * w + x + x0) * nc;
            int b = ((sy + dy) * w + sx + x0) * nc;
            sum += PatchLevel.squaredDifference(img, a, b, span);
            if (sum >= budget) {
                return Float.POSITIVE_INFINITY;
            }
        }
        return sum / count;
    }

    private interface BandTask {
        void run(int band, SplittableRandom random);
    }

    private void parallelBands(long salt, BandTask task) {
        IntStream.range(0, BANDS).parallel().forEach(band ->
                task.run(band, new SplittableRandom(seed * 31 + salt * 17 + band)));
    }
}
