package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.mask.ChebyshevDilation;
/**
 * One level of the exemplar fill's pyramid: an interleaved float image, its hole, the patch centres whose
 * patch overlaps the hole (targets, the domain of the nearest-neighbour field) and the patch centres whose patch
 * lies wholly in the image and wholly outside the hole (the only allowed sources, so no patch ever copies
 * unknown colour).
 */
final class PatchLevel {
    final int width;
    final int height;
    final int channels;
    final int radius;
    final float[] image;
    final byte[] hole;
    final boolean[] target;
    final boolean[] source;
    final int[] sources;
    final int holeCount;

    PatchLevel(int width, int height, int channels, int radius, float[] image, byte[] hole) {
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.radius = radius;
        this.image = image;
        this.hole = hole;
        int n = width * height;
        boolean[] near = ChebyshevDilation.within(hole, width, height, radius);
        target = near;
        source = new boolean[n];
        int count = 0;
        int holes = 0;
        for (int y = 0; y < height; y++) {
            boolean rowInside = y >= radius && y < height - radius;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (hole[i] != 0) {
                    holes++;
                }
                if (rowInside && x >= radius && x < width - radius && !near[i]) {
                    source[i] = true;
                    count++;
                }
            }
        }
        holeCount = holes;
        sources = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (source[i]) {
                sources[k++] = i;
            }
        }
    }

    private float[] depth;
    private float[] voteBuffer;

    /** Scratch space for one vote (only its hole pixels are read), kept per level so 4K votes make no garbage. */
    float[] voteBuffer() {
        if (voteBuffer == null) {
            voteBuffer = new float[image.length];
        }
        return voteBuffer;
    }

    /** Euclidean distance of every pixel to the nearest known pixel (0 outside the hole), computed once. */
    float[] depth() {
        if (depth == null) {
            byte[] known = new byte[hole.length];
            for (int i = 0; i < known.length; i++) {
                known[i] = hole[i] == 0 ? io.github.parallaxlayers.mask.Mask.ON : 0;
            }
            float[] d = io.github.parallaxlayers.refine.DistanceTransform.squaredToInside(
                    io.github.parallaxlayers.mask.Mask.wrap(width, height, known));
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) Math.sqrt(d[i]);
            }
            depth = d;
        }
        return depth;
    }

    /**
     * How many known pixels some source patch covers: what the fill can copy from. A known strip narrower than a
     * patch is in the image but not in any source.
     */
    int coveredKnown() {
        byte[] centres = new byte[size()];
        for (int i : sources) {
            centres[i] = 1;
        }
        boolean[] covered = ChebyshevDilation.within(centres, width, height, radius);
        int n = 0;
        for (int i = 0; i < covered.length; i++) {
            if (covered[i] && hole[i] == 0) {
                n++;
            }
        }
        return n;
    }

    int size() {
        return width * height;
    }

    /**
     * The hole's bounding box grown on each side by its size divided by {@code divisor} (at least {@code minGrowth}
     * px), clipped to the image: {x0, y0, x1, y1} inclusive; null when there is no hole. Where the fill looks for what
     * repeats or matches near the hole.
     */
    int[] aroundHole(int divisor, int minGrowth) {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (hole[y * width + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        int gx = Math.max((x1 - x0 + 1) / divisor, minGrowth);
        int gy = Math.max((y1 - y0 + 1) / divisor, minGrowth);
        return new int[] {Math.max(0, x0 - gx), Math.max(0, y0 - gy), Math.min(width - 1, x1 + gx),
            Math.min(height - 1, y1 + gy)};
    }

    /** How many source centres lie in {@code box} ({x0, y0, x1, y1} inclusive). */
    int sourcesIn(int[] box) {
        int count = 0;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                if (source[y * width + x]) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Σ (img[a + k] − img[b + k])² for k below {@code span}: one row of a patch distance, where the fill spends most
     * of its time. Four running sums, because one chain of dependent additions leaves the core waiting on each.
     */
    static float squaredDifference(float[] img, int a, int b, int span) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < span; k += 4) {
            float d0 = img[a + k] - img[b + k];
            float d1 = img[a + k + 1] - img[b + k + 1];
            float d2 = img[a + k + 2] - img[b + k + 2];
            float d3 = img[a + k + 3] - img[b + k + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; k < span; k++) {
            float d = img[a + k] - img[b + k];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The next coarser level: half the size, a coarse pixel is a hole if any of its children is (so coarse known
     * colours are never mixed with unknown ones) and takes the mean of its known children.
     */
    PatchLevel downsample() {
        int w2 = (width + 1) / 2;
        int h2 = (height + 1) / 2;
        float[] img = new float[w2 * h2 * channels];
        byte[] hole2 = new byte[w2 * h2];
        float[] acc = new float[channels];
        for (int y = 0; y < h2; y++) {
            for (int x = 0; x < w2; x++) {
                java.util.Arrays.fill(acc, 0);
                int known = 0;
                boolean anyHole = false;
                for (int dy = 0; dy < 2; dy++) {
                    int fy = 2 * y + dy;
                    if (fy >= height) {
                        continue;
                    }
                    for (int dx = 0; dx < 2; dx++) {
                        int fx = 2 * x + dx;
                        if (fx >= width) {
                            continue;
                        }
                        int f = fy * width + fx;
                        if (hole[f] != 0) {
                            anyHole = true;
                        } else {
                            known++;
                            for (int c = 0; c < channels; c++) {
                                acc[c] += image[f * channels + c];
                            }
                        }
                    }
                }
                int i = y * w2 + x;
                hole2[i] = anyHole ? (byte) 1 : 0;
                if (known > 0) {
                    for (int c = 0; c < channels; c++) {
                        img[i * channels + c] = acc[c] / known;
                    }
                }
            }
        }
        return new PatchLevel(w2, h2, channels, radius, img, hole2);
    }

    /** Largest distance (in pixels, Chebyshev) from a hole pixel to the nearest known pixel, capped at {@code cap}. */
    int holeThickness(int cap) {
        byte[] current = hole.clone();
        for (int d = 0; d < cap; d++) {
            boolean any = false;
            byte[] next = new byte[current.length];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    if (current[i] == 0) {
                        continue;
                    }
                    // A pixel survives erosion only if all 8 neighbours inside the image are hole too.
                    boolean keep = true;
                    for (int dy = -1; dy <= 1 && keep; dy++) {
                        int yy = y + dy;
                        if (yy < 0 || yy >= height) {
                            continue;
                        }
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = x + dx;
                            if (xx >= 0 && xx < width && current[yy * width + xx] == 0) {
                                keep = false;
                                break;
                            }
                        }
                    }
                    if (keep) {
                        next[i] = 1;
                        any = true;
                    }
                }
            }
            if (!any) {
                return d + 1;
            }
            current = next;
        }
        return cap;
    }
}
