package io.github.parallaxlayers.fill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The offsets at which the known part of a level repeats itself most often, after K. He and J. Sun, "Statistics of
 * Patch Offsets for Image Completion", ECCV 2012: every sampled source patch near the hole is matched to its most
 * similar source patch at least {@link #MIN_SHIFT} pixels away, and the peaks of the histogram of those offsets are
 * the candidates. Rows of windows and bricks give sharp peaks at multiples of their period. The samples lie on a
 * grid over the hole's bounding box grown by half its size on each side (local statistics: a facade's period, not
 * the whole plate's), and their matches are found by PatchMatch over that grid, propagating offsets.
 */
final class DominantOffsets {
    /**
     * Offsets shorter than this (Chebyshev, pixels) are not counted: every patch resembles its near neighbours, so
     * they would fill the histogram without saying anything about repetition (He and Sun's τ = 8). 16 was tried:
     * fewer gains on the urban pairs (docs/evaluation.md).
     */
    static final int MIN_SHIFT = 8;
    /** PatchMatch passes over the sample grid (propagating offsets between grid neighbours). */
    private static final int PASSES = 4;
    /** A peak needs at least this smoothed count (the centre counts 4, edge neighbours 2, corners 1). */
    private static final long MIN_SCORE = 8;

    private DominantOffsets() {
    }

    /**
     * Up to {@code k} offsets as (dx, dy) pairs, most frequent first; empty when the level has too few sources near
     * the hole. At most about {@code maxSamples} source patches are matched (a grid with a wider step beyond that),
     * so the cost is bounded at 4K. Deterministic for a given seed.
     */
    static int[] find(PatchLevel level, int k, int maxSamples, long seed) {
        int w = level.width;
        int h = level.height;
        // Region of interest: the hole's bounding box grown by half its size on each side.
        int[] box = level.aroundHole(2, 16);
        if (box == null) {
            return new int[0];
        }
        int x0 = box[0];
        int y0 = box[1];
        int x1 = box[2];
        int y1 = box[3];
        int inRoi = level.sourcesIn(box);
        if (inRoi < 16) {
            return new int[0];
        }
        int stride = Math.max(1, (int) Math.ceil(Math.sqrt((double) inRoi / maxSamples)));
        int gw = (x1 - x0) / stride + 1;
        int gh = (y1 - y0) / stride + 1;
        int[] ox = new int[gw * gh];
        int[] oy = new int[gw * gh];
        float[] dist = new float[gw * gh];
        boolean[] used = new boolean[gw * gh];
        int[] sources = level.sources;
        SplittableRandom random = new SplittableRandom(seed);
        for (int gyy = 0; gyy < gh; gyy++) {
            for (int gxx = 0; gxx < gw; gxx++) {
                int g = gyy * gw + gxx;
                int x = x0 + gxx * stride;
                int y = y0 + gyy * stride;
                if (!level.source[y * w + x]) {
                    continue;
                }
                used[g] = true;
                dist[g] = Float.POSITIVE_INFINITY;
                for (int t = 0; t < 8 && dist[g] == Float.POSITIVE_INFINITY; t++) {
                    int s = sources[random.nextInt(sources.length)];
                    int dx = s % w - x;
                    int dy = s / w - y;
                    if (Math.max(Math.abs(dx), Math.abs(dy)) >= MIN_SHIFT) {
                        ox[g] = dx;
                        oy[g] = dy;
                        dist[g] = distance(level, x, y, s, Float.POSITIVE_INFINITY);
                    }
                }
            }
        }
        int maxRadius = Math.max(w, h);
        for (int pass = 0; pass < PASSES; pass++) {
            boolean forward = (pass & 1) == 0;
            int step = forward ? 1 : -1;
            for (int gyy = forward ? 0 : gh - 1; gyy >= 0 && gyy < gh; gyy += step) {
                for (int gxx = forward ? 0 : gw - 1; gxx >= 0 && gxx < gw; gxx += step) {
                    int g = gyy * gw + gxx;
                    if (!used[g]) {
                        continue;
                    }
                    int x = x0 + gxx * stride;
                    int y = y0 + gyy * stride;
                    int nbx = gxx - step;
                    if (nbx >= 0 && nbx < gw && used[g - step]) {
                        tryOffset(level, x, y, ox[g - step], oy[g - step], g, ox, oy, dist);
                    }
                    int nby = gyy - step;
                    if (nby >= 0 && nby < gh && used[g - step * gw]) {
                        tryOffset(level, x, y, ox[g - step * gw], oy[g - step * gw], g, ox, oy, dist);
                    }
                    for (int r = maxRadius; r >= 1; r >>= 1) {
                        int dx = ox[g] + random.nextInt(2 * r + 1) - r;
                        int dy = oy[g] + random.nextInt(2 * r + 1) - r;
                        tryOffset(level, x, y, dx, dy, g, ox, oy, dist);
                    }
                }
            }
        }
        Map<Long, Integer> histogram = new HashMap<>();
        for (int g = 0; g < used.length; g++) {
            if (used[g] && dist[g] < Float.POSITIVE_INFINITY) {
                histogram.merge(key(ox[g], oy[g]), 1, Integer::sum);
            }
        }
        // Smooth over the 3×3 neighbourhood of each offset (weights 4-2-1), then take peaks with non-maximum
        // suppression: an offset next to one already chosen adds nothing that propagation would not find.
        List<long[]> scored = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : histogram.entrySet()) {
            int dx = (int) (e.getKey() >> 32);
            int dy = (int) (long) e.getKey().intValue();
            long sum = 0;
            for (int a = -1; a <= 1; a++) {
                for (int b = -1; b <= 1; b++) {
                    sum += histogram.getOrDefault(key(dx + a, dy + b), 0) * (a == 0 && b == 0 ? 4L : a == 0 || b == 0 ? 2L : 1L);
                }
            }
            scored.add(new long[]{sum, dx, dy});
        }
        scored.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
        List<int[]> chosen = new ArrayList<>();
        for (long[] s : scored) {
            if (chosen.size() >= k || s[0] < MIN_SCORE) {
                break;
            }
            boolean near = false;
            for (int[] c : chosen) {
                if (Math.max(Math.abs(c[0] - s[1]), Math.abs(c[1] - s[2])) <= 1) {
                    near = true;
                    break;
                }
            }
            if (!near) {
                chosen.add(new int[]{(int) s[1], (int) s[2]});
            }
        }
        int[] out = new int[chosen.size() * 2];
        for (int i = 0; i < chosen.size(); i++) {
            out[2 * i] = chosen.get(i)[0];
            out[2 * i + 1] = chosen.get(i)[1];
        }
        return out;
    }

    private static long key(int dx, int dy) {
        return ((long) dx << 32) | (dy & 0xFFFFFFFFL);
    }

    private static void tryOffset(PatchLevel level, int x, int y, int dx, int dy, int g, int[] ox, int[] oy,
            float[] dist) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) < MIN_SHIFT || (dx == ox[g] && dy == oy[g])) {
            return;
        }
        int sx = x + dx;
        int sy = y + dy;
        if (sx < 0 || sy < 0 || sx >= level.width || sy >= level.height || !level.source[sy * level.width + sx]) {
            return;
        }
        float d = distance(level, x, y, sy * level.width + sx, dist[g]);
        if (d < dist[g]) {
            dist[g] = d;
            ox[g] = dx;
            oy[g] = dy;
        }
    }

    /**
     * Sum of squared differences between two whole source patches; +∞ as soon as it reaches {@code limit}, which
     * the caller would not take.
     */
    private static float distance(PatchLevel level, int x, int y, int src, float limit) {
        int w = level.width;
        int r = level.radius;
        int nc = level.channels;
        float[] img = level.image;
        int sx = src % w;
        int sy = src / w;
        float sum = 0;
        int span = (2 * r + 1) * nc;
        for (int dy = -r; dy <= r; dy++) {
            int a = ((y + dy) * w + x - r) * nc;
            int b = ((sy + dy) * w + sx - r) * nc;
            sum += PatchLevel.squaredDifference(img, a, b, span);
            if (sum >= limit) {
                return Float.POSITIVE_INFINITY;
            }
        }
        return sum;
    }
}
