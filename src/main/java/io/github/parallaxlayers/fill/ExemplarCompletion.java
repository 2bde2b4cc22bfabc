package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Multi-scale exemplar completion after Y. Wexler, E. Shechtman, M. Irani, "Space-Time Completion of Video",
 * IEEE TPAMI 29(3), 2007, with PatchMatch as the nearest-neighbour search. The hole is shrunk by a pyramid until
 * it is a few pixels thick; the coarsest level is started with a Telea fill and every level alternates
 * (E) a PatchMatch search of the best source patch for every patch that overlaps the hole and (M) a vote: each
 * hole pixel becomes the mean of the colours the overlapping patches' matches give it, weighted by
 * exp(−d / 2σ²) of their patch distance d. The field is then upsampled to start the next finer level.
 */
final class ExemplarCompletion {
    /** Pyramid levels stop once the hole is at most this thick (pixels) or sources would run out. */
    private static final int COARSEST_THICKNESS = 3;
    private static final int MIN_SOURCES = 64;

    private final int radius;
    private final long seed;

    ExemplarCompletion(int radius, long seed) {
        this.radius = radius;
        this.seed = seed;
    }

    /** Whether the exemplar fill has any complete patch to copy from at full resolution. */
    static boolean hasSources(PatchLevel level) {
        return level.sources.length > 0;
    }

    /** Fills {@code finest.image} inside its hole, in place. */
    void complete(PatchLevel finest, ProgressListener progress) {
        List<PatchLevel> pyramid = new ArrayList<>();
        pyramid.add(finest);
        PatchLevel current = finest;
        while (current.holeThickness(COARSEST_THICKNESS + 1) > COARSEST_THICKNESS
                && Math.min(current.width, current.height) >= 4 * (2 * radius + 1)) {
            PatchLevel next = current.downsample();
            if (next.sources.length < MIN_SOURCES) {
                break;
            }
            pyramid.add(next);
            current = next;
        }
        progress.checkCancelled();
        PatchLevel coarsest = pyramid.get(pyramid.size() - 1);
        startWithTelea(coarsest, progress);

        long work = 0;
        for (int l = 0; l < pyramid.size(); l++) {
            work += (long) pyramid.get(l).holeCount * emIterations(l, pyramid.size());
        }
        long done = 0;
        NearestNeighbourField field = null;
        for (int l = pyramid.size() - 1; l >= 0; l--) {
            PatchLevel level = pyramid.get(l);
            NearestNeighbourField next = new NearestNeighbourField(level, seed * 1_000_003L + l);
            if (field == null) {
                next.randomize();
            } else {
                next.upsampleFrom(field);
                // The upsampled field's vote is this level's first estimate; distances do not exist yet.
                vote(level, next, false);
            }
            field = next;
            int em = emIterations(l, pyramid.size());
            int passes = searchPasses(l);
            for (int it = 0; it < em; it++) {
                progress.checkCancelled();
                field.refreshDistances();
                for (int p = 0; p < passes; p++) {
                    field.improve(it * passes + p);
                }
                progress.checkCancelled();
                vote(level, field, true);
                done += level.holeCount;
                progress.progress((double) done / Math.max(1, work),
                        "Patch fill: level " + l + ", iteration " + (it + 1) + " of " + em);
            }
        }
    }

    private static int emIterations(int level, int levels) {
        if (level == 0) {
            return 2;
        }
        return level == levels - 1 ? 8 : level == 1 ? 3 : 5;
    }

    private static int searchPasses(int level) {
        return level == 0 ? 2 : 3;
    }

    private static void startWithTelea(PatchLevel level, ProgressListener progress) {
        int n = level.size();
        int nc = level.channels;
        float[][] planar = new float[nc][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < nc; c++) {
                planar[c][i] = level.image[i * nc + c];
            }
        }
        TeleaInpainter.fillInPlace(planar, level.width, level.height, level.hole, TeleaInpainter.DEFAULT_RADIUS,
                ProgressListener.NONE);
        for (int i = 0; i < n; i++) {
            if (level.hole[i] != 0) {
                for (int c = 0; c < nc; c++) {
                    level.image[i * nc + c] = planar[c][i];
                }
            }
        }
        progress.checkCancelled();
    }

    /**
     * Sets every hole pixel to the weighted mean of the colours its overlapping target patches' matches put on
     * it. Gathered per receiving pixel (not scattered per patch), so rows can be voted in parallel without races.
     */
    private static void vote(PatchLevel level, NearestNeighbourField field, boolean weighted) {
        int w = level.width;
        int h = level.height;
        int r = level.radius;
        int nc = level.channels;
        float[] img = level.image;
        float[] out = new float[level.size() * nc];
        float sigma2 = weighted ? robustScale(level, field) : 1f;
        IntStream.range(0, h).parallel().forEach(y -> {
            float[] acc = new float[nc];
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (level.hole[i] == 0) {
                    continue;
                }
                java.util.Arrays.fill(acc, 0);
                double weightSum = 0;
                for (int dy = -r; dy <= r; dy++) {
                    int py = y - dy;
                    if (py < 0 || py >= h) {
                        continue;
                    }
                    for (int dx = -r; dx <= r; dx++) {
                        int px = x - dx;
                        if (px < 0 || px >= w) {
                            continue;
                        }
                        int p = py * w + px;
                        int s = field.match[p];
                        if (s < 0) {
                            continue;
                        }
                        float weight = weighted ? (float) Math.exp(-field.distance[p] / (2 * sigma2)) : 1f;
                        if (!(weight > 0)) {
                            continue;
                        }
                        int from = (s + dy * w + dx) * nc;
                        for (int c = 0; c < nc; c++) {
                            acc[c] += weight * img[from + c];
                        }
                        weightSum += weight;
                    }
                }
                if (weightSum > 0) {
                    for (int c = 0; c < nc; c++) {
                        out[i * nc + c] = (float) (acc[c] / weightSum);
                    }
                } else {
                    for (int c = 0; c < nc; c++) {
                        out[i * nc + c] = img[i * nc + c];
                    }
                }
            }
        });
        for (int i = 0, n = level.size(); i < n; i++) {
            if (level.hole[i] != 0) {
                System.arraycopy(out, i * nc, img, i * nc, nc);
            }
        }
    }

    /**
     * σ² for the vote weights: the 75th percentile of the targets' patch distances (Wexler et al. use a
     * percentile so the weights adapt to the image's contrast), floored so a perfect match cannot divide by 0.
     */
    private static float robustScale(PatchLevel level, NearestNeighbourField field) {
        int count = 0;
        for (int i = 0, n = level.size(); i < n; i++) {
            if (level.target[i]) {
                count++;
            }
        }
        float[] d = new float[count];
        int k = 0;
        for (int i = 0, n = level.size(); i < n; i++) {
            if (level.target[i]) {
                d[k++] = field.distance[i];
            }
        }
        java.util.Arrays.sort(d);
        float p75 = count == 0 ? 1f : d[Math.min(count - 1, (int) (0.75 * count))];
        return Math.max(p75, 1e-3f);
    }
}
