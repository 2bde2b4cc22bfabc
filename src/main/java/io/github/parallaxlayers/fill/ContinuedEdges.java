package io.github.parallaxlayers.fill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Straight edges that run into the hole, continued across it as straight lines: the structure an artist expects to
 * see carried through (a roof's edge against the sky, a kerb, a window frame), after the curve continuation of
 * J. Sun, L. Yuan, J. Jia, H.-Y. Shum, "Image Completion with Structure Propagation", SIGGRAPH 2005, made automatic
 * with straight segments. Each continuation gives the targets near it the edge's own direction, so the search's
 * guidance prefers sources along the edge's known part; the {@link VanishingDirections} cover only the lines that
 * meet at the plate's main vanishing points, which a gable or a slanted kerb seldom does.
 *
 * <p>A continuation is a line through (x, y) with unit direction (ux, uy), covering the parameters 0 (the segment's
 * end at the hole) to {@code reach} (where the line leaves the hole), in the pixels of the image it was found on.
 */
final class ContinuedEdges {
    static final ContinuedEdges NONE = new ContinuedEdges(new double[0], 1);

    /** How far beyond a segment's end the hole may start: LSD's rectangle stops a pixel or two short of it. */
    private static final double GAP = 4;
    private static final double STEP = 0.5;

    /** Per continuation: x, y, ux, uy, reach. */
    private final double[] lines;
    /** Targets within this distance of a continuation (in this image's pixels) take its direction. */
    private final double band;
    private final Near near;

    private ContinuedEdges(double[] lines, double band) {
        this.lines = lines;
        this.band = band;
        near = listNear();
    }

    int count() {
        return lines.length / 5;
    }

    /** Continuation {@code c}: x, y, ux, uy, reach. */
    double[] continuation(int c) {
        return Arrays.copyOfRange(lines, 5 * c, 5 * c + 5);
    }

    /** The same continuations in an image scaled by {@code factor}, with targets within {@code band} of them. */
    ContinuedEdges scaled(double factor, double band) {
        double[] l = lines.clone();
        for (int k = 0; k < l.length; k += 5) {
            l[k] *= factor;
            l[k + 1] *= factor;
            l[k + 4] *= factor;
        }
        return new ContinuedEdges(l, band);
    }

    /**
     * Appends to {@code out}, after its first {@code n} directions, the direction of every continuation that
     * (x, y) lies near; returns the new count. The search asks this for every target in every pass, so the
     * continuations near each pixel are listed once, when this is made, rather than all tested every time.
     */
    int directionsAt(int x, int y, double[] out, int n) {
        int px = x - near.x0;
        int py = y - near.y0;
        if (px < 0 || py < 0 || px >= near.width || py >= near.height) {
            return n;
        }
        int p = py * near.width + px;
        for (int e = near.start[p]; e < near.start[p + 1]; e++) {
            int k = 5 * near.lines[e];
            out[2 * n] = lines[k + 2];
            out[2 * n + 1] = lines[k + 3];
            n++;
        }
        return n;
    }

    private boolean isNear(int k, double x, double y) {
        double dx = x - lines[k];
        double dy = y - lines[k + 1];
        double along = dx * lines[k + 2] + dy * lines[k + 3];
        return along >= -band && along <= lines[k + 4] + band
                && Math.abs(dx * lines[k + 3] - dy * lines[k + 2]) <= band;
    }

    /** The continuations near each pixel of the box around all of them, as offsets into one index list. */
    private record Near(int x0, int y0, int width, int height, int[] start, int[] lines) {
    }

    private Near listNear() {
        int count = count();
        if (count == 0) {
            return new Near(0, 0, 0, 0, new int[1], new int[0]);
        }
        int[][] boxes = new int[count][];
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int c = 0; c < count; c++) {
            boxes[c] = box(5 * c);
            x0 = Math.min(x0, boxes[c][0]);
            y0 = Math.min(y0, boxes[c][1]);
            x1 = Math.max(x1, boxes[c][2]);
            y1 = Math.max(y1, boxes[c][3]);
        }
        int width = x1 - x0 + 1;
        int height = y1 - y0 + 1;
        int[] start = new int[width * height + 1];
        for (int c = 0; c < count; c++) {
            forEachNearPixel(c, boxes[c], x0, y0, width, p -> start[p + 1]++);
        }
        for (int p = 0; p < width * height; p++) {
            start[p + 1] += start[p];
        }
        int[] index = new int[start[width * height]];
        int[] next = Arrays.copyOf(start, width * height);
        for (int c = 0; c < count; c++) {
            int continuation = c;
            forEachNearPixel(c, boxes[c], x0, y0, width, p -> index[next[p]++] = continuation);
        }
        return new Near(x0, y0, width, height, start, index);
    }

    /** The pixel box (x0, y0, x1, y1, inclusive) around the continuation at {@code k} and its band. */
    private int[] box(int k) {
        double ax = lines[k] - band * lines[k + 2];
        double ay = lines[k + 1] - band * lines[k + 3];
        double bx = lines[k] + (lines[k + 4] + band) * lines[k + 2];
        double by = lines[k + 1] + (lines[k + 4] + band) * lines[k + 3];
        return new int[] {(int) Math.floor(Math.min(ax, bx) - band), (int) Math.floor(Math.min(ay, by) - band),
            (int) Math.ceil(Math.max(ax, bx) + band), (int) Math.ceil(Math.max(ay, by) + band)};
    }

    /** Calls {@code action} with the index, in the box at (x0, y0) {@code width} wide, of each pixel near c. */
    private void forEachNearPixel(int c, int[] box, int x0, int y0, int width, IntConsumer action) {
        int k = 5 * c;
        for (int y = box[1]; y <= box[3]; y++) {
            // A long slanted continuation's box is mostly far from it: on each row only a short span can be near.
            double dy = y - lines[k + 1];
            double[] span = {box[0], box[2]};
            narrow(span, lines[k + 3], lines[k] * lines[k + 3] + dy * lines[k + 2], -band, band);
            narrow(span, lines[k + 2], lines[k] * lines[k + 2] - dy * lines[k + 3], -band, lines[k + 4] + band);
            // The span is a little wider than exact so that rounding never drops a pixel that isNear accepts.
            for (int x = (int) Math.ceil(span[0] - 1e-6); x <= span[1] + 1e-6; x++) {
                if (isNear(k, x, y)) {
                    action.accept((y - y0) * width + (x - x0));
                }
            }
        }
    }

    /** Narrows {@code span} to the x where lo ≤ a·x − b ≤ hi (all of it or none when a is 0). */
    private static void narrow(double[] span, double a, double b, double lo, double hi) {
        if (Math.abs(a) < 1e-12) {
            if (-b < lo || -b > hi) {
                span[1] = span[0] - 1;
            }
            return;
        }
        double p = (lo + b) / a;
        double q = (hi + b) / a;
        span[0] = Math.max(span[0], Math.min(p, q));
        span[1] = Math.min(span[1], Math.max(p, q));
    }

    /**
     * Sets every hole pixel within the band of a continuation to the colour just behind the segment's end at the same
     * distance across the line (the edge's profile carried straight on), weighted towards the nearer end where
     * several continuations reach a pixel; other hole pixels keep their colour.
     */
    void extrude(PatchLevel level) {
        int w = level.width;
        int nc = level.channels;
        float[] sum = new float[nc];
        for (int y = 0; y < level.height; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (level.hole[i] == 0) {
                    continue;
                }
                Arrays.fill(sum, 0f);
                double weights = 0;
                for (int k = 0; k < lines.length; k += 5) {
                    double dx = x - lines[k];
                    double dy = y - lines[k + 1];
                    double ux = lines[k + 2];
                    double uy = lines[k + 3];
                    double along = dx * ux + dy * uy;
                    double across = uy * dx - ux * dy;
                    if (along < 0 || along > lines[k + 4] || Math.abs(across) > band) {
                        continue;
                    }
                    for (double back = 1; back <= 3; back++) {
                        int sx = (int) Math.round(lines[k] - back * ux + across * uy);
                        int sy = (int) Math.round(lines[k + 1] - back * uy - across * ux);
                        if (sx < 0 || sy < 0 || sx >= w || sy >= level.height || level.hole[sy * w + sx] != 0) {
                            continue;
                        }
                        double weight = 1 / ((along + back) * (along + back));
                        for (int c = 0; c < nc; c++) {
                            sum[c] += (float) (weight * level.image[(sy * w + sx) * nc + c]);
                        }
                        weights += weight;
                        break;
                    }
                }
                if (weights > 0) {
                    for (int c = 0; c < nc; c++) {
                        level.image[i * nc + c] = (float) (sum[c] / weights);
                    }
                }
            }
        }
    }

    /**
     * The continuations of {@code segments} across {@code hole} (non-zero = unknown, {@code w} × {@code h}): a
     * segment is continued from each end that the hole starts within a few pixels of, until the line comes out of
     * the hole or the image. Requiring another segment where it comes out (an edge seen on both sides) left only 0–14
     * continuations per main pair and changed nothing (issue 23, docs/evaluation.md).
     */
    static ContinuedEdges find(List<StraightEdges.Segment> segments, byte[] hole, int w, int h) {
        List<double[]> found = new ArrayList<>();
        for (StraightEdges.Segment s : segments) {
            double len = s.length();
            if (!(len > 0)) {
                continue; // no direction to carry on
            }
            double ux = (s.x2() - s.x1()) / len;
            double uy = (s.y2() - s.y1()) / len;
            addIfIntoHole(found, s.x2(), s.y2(), ux, uy, hole, w, h);
            addIfIntoHole(found, s.x1(), s.y1(), -ux, -uy, hole, w, h);
        }
        double[] lines = new double[5 * found.size()];
        for (int k = 0; k < found.size(); k++) {
            System.arraycopy(found.get(k), 0, lines, 5 * k, 5);
        }
        return new ContinuedEdges(lines, 1);
    }

    private static void addIfIntoHole(List<double[]> found, double x, double y, double ux, double uy, byte[] hole,
                                      int w, int h) {
        boolean entered = false;
        for (double t = 0; ; t += STEP) {
            int px = (int) Math.floor(x + t * ux);
            int py = (int) Math.floor(y + t * uy);
            if (px < 0 || py < 0 || px >= w || py >= h) {
                if (entered) {
                    found.add(new double[] {x, y, ux, uy, t});
                }
                return;
            }
            boolean unknown = hole[py * w + px] != 0;
            if (unknown) {
                entered = true;
            } else if (entered) {
                found.add(new double[] {x, y, ux, uy, t});
                return;
            } else if (t > GAP) {
                return;
            }
        }
    }
}
