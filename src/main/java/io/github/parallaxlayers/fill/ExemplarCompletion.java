package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Multi-scale exemplar completion after Y. Wexler, E. Shechtman, M. Irani, "Space-Time Completion of Video",
 * IEEE TPAMI 29(3), 2007, with PatchMatch as the nearest-neighbour search. A pyramid shrinks the hole; the
 * coarsest level is optimised from up to three starts (a Telea fill, a greedy {@link PriorityFill}, the Telea fill
 * with {@link ContinuedEdges} carried across), keeping the lowest-cost one, and every level alternates (E) a
 * PatchMatch search of the best source patch for every patch that overlaps the hole and (M) a vote: each hole pixel
 * becomes the weighted mean of
 * the colours that the overlapping patches' matches give it. The field is then upsampled to start the next finer
 * level. The last vote takes, per pixel, the colour of the single best-matching overlapping patch instead of the
 * mean, so the result keeps the sources' texture instead of the blur of an average. Besides propagation and random
 * search, the search tries the offsets at which the level's known part repeats most often
 * ({@link DominantOffsets}), so rows of windows and bricks continue across the hole in step with their surroundings.
 */
final class ExemplarCompletion {
    /**
     * The pyramid stops once the hole is at most this thick (pixels, Chebyshev; about 4.5 patch widths)... A
     * coarsest hole only a patch thick (8 px, as Newson et al. suggest) leaves so few pixels around it that the
     * first estimate is a smooth blend, and the fill keeps that layout at every finer level: sky or bare wall in
     * place of textured surroundings (texture ratio 0.57–0.85 on the GrabCut-shaped pairs against 0.82–1.23 with 32,
     * docs/evaluation.md).
     */
    static final int COARSEST_THICKNESS = 32;
    /** ...or a level would be smaller than this on its short side... */
    private static final int MIN_SIDE = 28;
    /** ...or have fewer whole source patches than this... */
    private static final int MIN_SOURCES = 64;
    /**
     * ...or have source patches covering less than this share of the known area the finer level's sources cover.
     * A known strip narrower than a patch has no source once halved; going on would leave only the rest of the
     * plate to copy from (mat_places test1 with the full pyramid: sand copied into the sky, hole PSNR 12.2 dB and
     * texture ratio 2.16; with this rule 13.5 dB and 1.00). Object-shaped holes in photos keep 0.98–1.00 per level.
     */
    private static final double MIN_SOURCE_KEEP = 0.97;
    /**
     * Wexler et al.'s confidence: a patch vote is weighted by ALPHA^−(its depth into the hole), so what is known
     * near the boundary outweighs guesses from deep inside. 2 rather than Wexler's 1.3: the coarsest hole is now
     * thicker, and what the boundary says must carry further in (docs/evaluation.md, "Fill quality").
     */
    private static final double ALPHA = 2.0;
    /** σ² of the vote weights exp(−d / 2σ²) is this percentile of the level's patch distances (as Wexler et al.). */
    private static final double SIGMA_PERCENTILE = 0.75;

    /**
     * How many of the offsets at which the known part repeats most often ({@link DominantOffsets}, He and Sun 2012)
     * every target tries in the first search pass of each EM iteration, at every level. 32 rather than 16 or 64
     * (issue 23, 10 main pairs at three seeds): mean hole PSNR +0.04 to +0.11 dB, gradient-histogram distance −0.004
     * to −0.014, patch distance −0.11 to −0.29, the urban pairs (test2, kodim08, building, astronaut) +0.16 to +0.22
     * dB on average (docs/evaluation.md).
     */
    static final int DOMINANT_OFFSETS = 32;
    /** At most this many source patches (on a regular grid around the hole) are matched to find those offsets. */
    static final int OFFSET_SAMPLES = 20_000;

    private final int radius;
    private final long seed;

    ExemplarCompletion(int radius, long seed) {
        this.radius = radius;
        this.seed = seed;
    }

    /**
     * The greedy start runs only where the coarsest hole has at most this many pixels: it fills one patch at a time,
     * about 1 ms each, so a 4K wire 20 px wide (88 000 pixels, no pyramid) would take 13 s more. Every greedy start
     * chosen on the 10 main pairs was on a hole of at most 25 000 pixels.
     */
    static final int GREEDY_START_MAX_HOLE = 32_000;

    /** Fills {@code finest.image} inside its hole, in place. {@code finest} must have at least one source. */
    void complete(PatchLevel finest, ProgressListener progress) {
        List<PatchLevel> pyramid = pyramid(finest);
        progress.checkCancelled();
        int coarsest = pyramid.size() - 1;
        long work = 0;
        StructureGuide guide = StructureGuide.of(finest);
        for (int l = 0; l < pyramid.size(); l++) {
            PatchLevel level = pyramid.get(l);
            int runs = l == coarsest ? startCount(level, guide) : 1;
            work += (long) level.holeCount * emIterations(l, pyramid.size()) * runs;
        }
        Progress tracker = new Progress(progress, work);
        progress.checkCancelled();
        NearestNeighbourField field = completeCoarsest(pyramid, guide, tracker);
        for (int l = coarsest - 1; l >= 0; l--) {
            PatchLevel level = pyramid.get(l);
            NearestNeighbourField next = new NearestNeighbourField(level, seed * 1_000_003L + l);
            next.upsampleFrom(field);
            // The upsampled field's vote is this level's first estimate; no distances exist yet to weight it.
            vote(level, next, Vote.UNIFORM);
            field = next;
            optimise(pyramid, l, field, guide, dominantOffsets(level, l), tracker);
        }
    }

    /**
     * The coarsest level, optimised from up to three first estimates — a diffusion fill; a greedy fill that carries
     * edges into the hole first ({@link PriorityFill}); the diffusion fill with the straight edges that run into the
     * hole carried across it ({@link ContinuedEdges#extrude}) — keeping the one that ends with the lowest mean patch
     * cost, the objective the iterations minimise. Measured on the 10 main pairs (issue 23, docs/evaluation.md), each
     * start is clearly better on some plates: the greedy one continues a facade's window grid where diffusion leaves a
     * smooth band that the iterations then texture; diffusion keeps large natural holes from a greedy fill's early
     * mistakes, which the greedy fill copies on; the continued edges keep a roof line or a kerb straight, but carried
     * on from every edge into a cluttered scene they cost up to 0.7 dB, so they are one start among three, never
     * the only one.
     */
    private NearestNeighbourField completeCoarsest(List<PatchLevel> pyramid, StructureGuide guide,
                                                   Progress tracker) {
        int l = pyramid.size() - 1;
        PatchLevel level = pyramid.get(l);
        float[] unfilled = holeColours(level);
        startWithTelea(level);
        float[] diffusion = holeColours(level);
        List<Runnable> starts = new ArrayList<>();
        starts.add(() -> setHoleColours(level, diffusion));
        if (startCount(level, guide) > 1) {
            starts.add(() -> {
                setHoleColours(level, unfilled);
                PriorityFill.fill(level, pyramid.get(0).channels - TextureFeatures.CHANNELS, tracker.listener);
            });
        }
        if (startCount(level, guide) > 2) {
            ContinuedEdges edges = guide.at(level, (double) level.width / pyramid.get(0).width).edges();
            starts.add(() -> {
                setHoleColours(level, diffusion);
                edges.extrude(level);
            });
        }
        // The offsets come from the known part alone, so all starts share them.
        int[] offsets = dominantOffsets(level, l);
        NearestNeighbourField best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        float[] bestFill = null;
        for (Runnable start : starts) {
            start.run();
            NearestNeighbourField field = new NearestNeighbourField(level, seed * 1_000_003L + l);
            field.randomize();
            optimise(pyramid, l, field, guide, offsets, tracker);
            if (starts.size() == 1) {
                return field;
            }
            double cost = field.meanCost();
            if (cost < bestCost) {
                best = field;
                bestCost = cost;
                bestFill = holeColours(level);
            }
        }
        setHoleColours(level, bestFill);
        return best;
    }

    /**
     * How many starts the coarsest level is optimised from: the greedy one only where its hole has at most
     * {@link #GREEDY_START_MAX_HOLE} pixels, the continued edges only where there are any.
     */
    private static int startCount(PatchLevel coarsest, StructureGuide guide) {
        if (coarsest.holeCount > GREEDY_START_MAX_HOLE) {
            return 1;
        }
        return guide.edges().count() > 0 ? 3 : 2;
    }

    /** The hole pixels' channels in scan order: all that a fill changes. */
    private static float[] holeColours(PatchLevel level) {
        int nc = level.channels;
        float[] colours = new float[level.holeCount * nc];
        for (int i = 0, k = 0; i < level.size(); i++) {
            if (level.hole[i] != 0) {
                System.arraycopy(level.image, i * nc, colours, k, nc);
                k += nc;
            }
        }
        return colours;
    }

    private static void setHoleColours(PatchLevel level, float[] colours) {
        int nc = level.channels;
        for (int i = 0, k = 0; i < level.size(); i++) {
            if (level.hole[i] != 0) {
                System.arraycopy(colours, k, level.image, i * nc, nc);
                k += nc;
            }
        }
    }

    private int[] dominantOffsets(PatchLevel level, int l) {
        return DominantOffsets.find(level, DOMINANT_OFFSETS, OFFSET_SAMPLES, seed * 7 + l);
    }

    /**
     * The EM iterations of level {@code l} on {@code field}, which has its start (random or upsampled), trying
     * {@code offsets} ({@link DominantOffsets}) in each iteration's first pass.
     */
    private void optimise(List<PatchLevel> pyramid, int l, NearestNeighbourField field, StructureGuide guide,
                          int[] offsets, Progress tracker) {
        PatchLevel level = pyramid.get(l);
        field.guideBy(guide.at(level, (double) level.width / pyramid.get(0).width));
        int em = emIterations(l, pyramid.size());
        int passes = searchPasses(l);
        for (int it = 0; it < em; it++) {
            tracker.listener.checkCancelled();
            field.refreshDistances();
            for (int p = 0; p < passes; p++) {
                field.improve(it * passes + p, p == 0 ? offsets : NearestNeighbourField.NO_OFFSETS);
            }
            tracker.listener.checkCancelled();
            vote(level, field, l == 0 && it == em - 1 ? Vote.BEST : Vote.WEIGHTED);
            tracker.advance(level.holeCount, "Patch fill: level " + l + ", iteration " + (it + 1) + " of " + em);
        }
    }

    /** Progress over all levels' EM iterations. */
    private static final class Progress {
        final ProgressListener listener;
        private final long work;
        private long done;

        Progress(ProgressListener listener, long work) {
            this.listener = listener;
            this.work = work;
        }

        void advance(long amount, String message) {
            done += amount;
            listener.progress((double) done / Math.max(1, work), message);
        }
    }

    /** The levels from {@code finest} (index 0) down to the coarsest. */
    static List<PatchLevel> pyramid(PatchLevel finest) {
        List<PatchLevel> pyramid = new ArrayList<>();
        pyramid.add(finest);
        PatchLevel current = finest;
        while (current.holeThickness(COARSEST_THICKNESS + 1) > COARSEST_THICKNESS
                && Math.min(current.width, current.height) / 2 >= MIN_SIDE) {
            PatchLevel next = current.downsample();
            if (next.sources.length < MIN_SOURCES
                    || next.coveredKnown() * 4.0 < MIN_SOURCE_KEEP * current.coveredKnown()) {
                break;
            }
            pyramid.add(next);
            current = next;
        }
        return pyramid;
    }

    /**
     * EM iterations per level: the coarsest starts from a diffusion fill and a random field, so it needs the most,
     * also when it is the full-size level (a thin hole without a pyramid). 12 at the coarsest and 8 at the levels
     * below the two finest rather than 8 and 5 (issue 23, measured on the 10 main pairs at three seeds): the layout
     * chosen there settles further before the fine levels copy it, mean hole PSNR +0.02 to +0.05 dB, patch distance
     * −0.15 to −0.17, gradient-histogram distance −0.002 to −0.005 (docs/evaluation.md). Those levels are small:
     * about 10 % more search work on large plates; on a thin hole with no pyramid, 50 % more iterations.
     */
    static int emIterations(int level, int levels) {
        if (level == levels - 1) {
            return 12;
        }
        return level == 0 ? 2 : level == 1 ? 3 : 8;
    }

    private static int searchPasses(int level) {
        return level == 0 ? 2 : 3;
    }

    private static void startWithTelea(PatchLevel level) {
        int n = level.size();
        int nc = level.channels;
        float[][] planar = new float[nc][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < nc; c++) {
                planar[c][i] = level.image[i * nc + c];
            }
        }
        TeleaInpainter.fillInPlace(planar, level.width, level.height, level.hole, TeleaInpainter.DEFAULT_RADIUS,
                TeleaEstimate.MEAN, ProgressListener.NONE);
        for (int i = 0; i < n; i++) {
            if (level.hole[i] != 0) {
                for (int c = 0; c < nc; c++) {
                    level.image[i * nc + c] = planar[c][i];
                }
            }
        }
    }

    private enum Vote { UNIFORM, WEIGHTED, BEST }

    /**
     * Sets every hole pixel from the colours its overlapping target patches' matches put on it. Gathered per
     * receiving pixel (not scattered per patch), so rows can be voted in parallel without races.
     */
    private static void vote(PatchLevel level, NearestNeighbourField field, Vote mode) {
        int w = level.width;
        int h = level.height;
        int r = level.radius;
        int nc = level.channels;
        float[] img = level.image;
        float[] out = level.voteBuffer();
        float sigma2 = mode == Vote.WEIGHTED ? robustScale(level, field) : 1f;
        float[] depth = level.depth();
        double logAlpha = Math.log(ALPHA);
        IntStream.range(0, h).parallel().forEach(y -> {
            float[] acc = new float[nc];
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (level.hole[i] == 0) {
                    continue;
                }
                Arrays.fill(acc, 0);
                double weightSum = 0;
                float bestDistance = Float.POSITIVE_INFINITY;
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
                        int from = (s + dy * w + dx) * nc;
                        if (mode == Vote.BEST) {
                            if (field.distance[p] < bestDistance) {
                                bestDistance = field.distance[p];
                                System.arraycopy(img, from, acc, 0, nc);
                                weightSum = 1;
                            }
                            continue;
                        }
                        // Depth relative to the receiving pixel keeps the exponent small deep inside large holes.
                        float weight = mode == Vote.UNIFORM ? 1f : (float) Math.exp(
                                -field.distance[p] / (2 * sigma2) - logAlpha * (depth[p] - depth[i]));
                        if (!(weight > 0)) {
                            continue;
                        }
                        for (int c = 0; c < nc; c++) {
                            acc[c] += weight * img[from + c];
                        }
                        weightSum += weight;
                    }
                }
                int o = i * nc;
                if (weightSum > 0) {
                    for (int c = 0; c < nc; c++) {
                        out[o + c] = (float) (acc[c] / weightSum);
                    }
                } else {
                    System.arraycopy(img, o, out, o, nc);
                }
            }
        });
        for (int i = 0, n = level.size(); i < n; i++) {
            if (level.hole[i] != 0) {
                System.arraycopy(out, i * nc, img, i * nc, nc);
            }
        }
    }

    /** σ² for the vote weights, floored so a set of perfect matches cannot divide by 0. */
    private static float robustScale(PatchLevel level, NearestNeighbourField field) {
        int n = level.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (level.target[i]) {
                count++;
            }
        }
        float[] d = new float[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (level.target[i]) {
                d[k++] = field.distance[i];
            }
        }
        Arrays.sort(d);
        float percentile = count == 0 ? 1f : d[Math.min(count - 1, (int) (SIGMA_PERCENTILE * count))];
        return Math.max(percentile, 1e-3f);
    }
}
