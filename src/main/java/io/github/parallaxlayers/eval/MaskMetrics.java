package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Components;
import io.github.parallaxlayers.mask.Connectivity;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

/**
 * Mask-quality metrics of the interactive-segmentation and video-segmentation literature, on 0/255 masks with
 * an optional ignore mask whose pixels count nowhere (neither as object nor as background). Conventions for
 * empty sets follow the DAVIS code: nothing predicted and nothing to find scores 1; an empty prediction against
 * a non-empty truth scores 0 for IoU, Dice, recall and F (its precision is 1: it claims nothing false).
 */
public final class MaskMetrics {
    /** DAVIS boundary tolerance as a fraction of the image diagonal. */
    public static final double DAVIS_BOUNDARY_FRACTION = 0.008;
    /** Boundary IoU band width as a fraction of the image diagonal (Cheng et al. 2021). */
    public static final double BOUNDARY_IOU_FRACTION = 0.02;

    private MaskMetrics() {
    }

    /** All metrics at once; {@code ignore} may be null. */
    public static MaskScores score(Mask prediction, Mask truth, Mask ignore) {
        Counts c = Counts.of(prediction, truth, ignore);
        return new MaskScores(c.iou(), c.dice(), c.precision(), c.recall(), c.accuracy(),
                boundaryF(prediction, truth, ignore), boundaryIou(prediction, truth, ignore),
                componentCount(prediction));
    }

    public static double iou(Mask prediction, Mask truth, Mask ignore) {
        return Counts.of(prediction, truth, ignore).iou();
    }

    public static double dice(Mask prediction, Mask truth, Mask ignore) {
        return Counts.of(prediction, truth, ignore).dice();
    }

    public static double precision(Mask prediction, Mask truth, Mask ignore) {
        return Counts.of(prediction, truth, ignore).precision();
    }

    public static double recall(Mask prediction, Mask truth, Mask ignore) {
        return Counts.of(prediction, truth, ignore).recall();
    }

    public static double accuracy(Mask prediction, Mask truth, Mask ignore) {
        return Counts.of(prediction, truth, ignore).accuracy();
    }

    /** The DAVIS tolerance in pixels: ceil(0.008 × diagonal). */
    public static int davisTolerance(int width, int height) {
        return (int) Math.ceil(DAVIS_BOUNDARY_FRACTION * Math.hypot(width, height));
    }

    /** The Boundary IoU band width in pixels: round(0.02 × diagonal), at least 1 (as in Cheng et al.'s code). */
    public static int boundaryIouWidth(int width, int height) {
        return Math.max(1, (int) Math.round(BOUNDARY_IOU_FRACTION * Math.hypot(width, height)));
    }

    /**
     * DAVIS boundary F-measure (Perazzi et al. 2016): boundary pixels as in DAVIS's {@code seg2bmap}; a boundary
     * pixel of one mask matches when a boundary pixel of the other lies within the tolerance (Euclidean disk).
     * Boundary pixels inside the ignore region are dropped from both masks before matching.
     */
    public static double boundaryF(Mask prediction, Mask truth, Mask ignore) {
        return boundaryF(prediction, truth, ignore, davisTolerance(truth.width(), truth.height()));
    }

    public static double boundaryF(Mask prediction, Mask truth, Mask ignore, int tolerance) {
        checkSizes(prediction, truth, ignore);
        Mask predBoundary = withoutIgnored(seg2bmap(prediction), ignore);
        Mask truthBoundary = withoutIgnored(seg2bmap(truth), ignore);
        int nPred = predBoundary.count();
        int nTruth = truthBoundary.count();
        double precision;
        double recall;
        if (nPred == 0 && nTruth == 0) {
            return 1.0;
        } else if (nPred == 0) {
            precision = 1;
            recall = 0;
        } else if (nTruth == 0) {
            precision = 0;
            recall = 1;
        } else {
            precision = matched(predBoundary, truthBoundary, tolerance) / (double) nPred;
            recall = matched(truthBoundary, predBoundary, tolerance) / (double) nTruth;
        }
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * Boundary IoU (Cheng et al., CVPR 2021): the IoU of the two masks' inner boundary bands, the band of a mask
     * being its pixels within chessboard distance {@code width} of the outside, the image frame counting as
     * outside (their reference code erodes a zero-padded mask with a 3 × 3 kernel {@code width} times).
     */
    public static double boundaryIou(Mask prediction, Mask truth, Mask ignore) {
        return boundaryIou(prediction, truth, ignore, boundaryIouWidth(truth.width(), truth.height()));
    }

    public static double boundaryIou(Mask prediction, Mask truth, Mask ignore, int width) {
        checkSizes(prediction, truth, ignore);
        return Counts.of(innerBand(prediction, width), innerBand(truth, width), ignore).iou();
    }

    /** The number of 8-connected components of the mask (a property of its shape; the ignore region plays no part). */
    public static int componentCount(Mask mask) {
        return Components.of(mask, Connectivity.EIGHT).count();
    }

    /**
     * DAVIS {@code seg2bmap} for a mask of the image's own size: a pixel is boundary when it differs from its
     * right, lower or lower-right neighbour (pixels past the last row or column count as background), except
     * that the last row compares only to the right, the last column only downwards, and the corner is never
     * boundary. Both sides of an edge can thus be marked, as in the reference code.
     */
    static Mask seg2bmap(Mask mask) {
        int w = mask.width();
        int h = mask.height();
        byte[] m = mask.data();
        byte[] b = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                boolean v = m[i] != 0;
                boolean east = x + 1 < w && m[i + 1] != 0;
                boolean south = y + 1 < h && m[i + w] != 0;
                boolean southEast = x + 1 < w && y + 1 < h && m[i + w + 1] != 0;
                boolean edge;
                if (y == h - 1 && x == w - 1) {
                    edge = false;
                } else if (y == h - 1) {
                    edge = v != east;
                } else if (x == w - 1) {
                    edge = v != south;
                } else {
                    edge = v != east || v != south || v != southEast;
                }
                if (edge) {
                    b[i] = Mask.ON;
                }
            }
        }
        return Mask.wrap(w, h, b);
    }

    /** How many pixels of {@code boundary} have a pixel of {@code other} within Euclidean {@code tolerance}. */
    private static int matched(Mask boundary, Mask other, int tolerance) {
        float[] d2 = DistanceTransform.squaredToInside(other);
        float limit = (float) tolerance * tolerance;
        byte[] b = boundary.data();
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] != 0 && d2[i] <= limit) {
                n++;
            }
        }
        return n;
    }

    /** Pixels of the mask whose chessboard distance to the outside or the frame is at most {@code width}. */
    static Mask innerBand(Mask mask, int width) {
        int w = mask.width();
        int h = mask.height();
        byte[] m = mask.data();
        int[] d = new int[w * h];
        // Two-pass chamfer with unit weights is exact for the chessboard metric; out-of-frame neighbours are 0.
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (m[i] == 0) {
                    continue;
                }
                int best = Integer.MAX_VALUE;
                best = Math.min(best, x > 0 ? d[i - 1] : 0);
                best = Math.min(best, y > 0 ? d[i - w] : 0);
                best = Math.min(best, x > 0 && y > 0 ? d[i - w - 1] : 0);
                best = Math.min(best, x + 1 < w && y > 0 ? d[i - w + 1] : 0);
                d[i] = best + 1;
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                if (m[i] == 0) {
                    continue;
                }
                int best = d[i] - 1;
                best = Math.min(best, x + 1 < w ? d[i + 1] : 0);
                best = Math.min(best, y + 1 < h ? d[i + w] : 0);
                best = Math.min(best, x + 1 < w && y + 1 < h ? d[i + w + 1] : 0);
                best = Math.min(best, x > 0 && y + 1 < h ? d[i + w - 1] : 0);
                d[i] = best + 1;
            }
        }
        byte[] band = new byte[w * h];
        for (int i = 0; i < band.length; i++) {
            if (m[i] != 0 && d[i] <= width) {
                band[i] = Mask.ON;
            }
        }
        return Mask.wrap(w, h, band);
    }

    private static Mask withoutIgnored(Mask mask, Mask ignore) {
        if (ignore == null) {
            return mask;
        }
        byte[] m = mask.data();
        byte[] g = ignore.data();
        for (int i = 0; i < m.length; i++) {
            if (g[i] != 0) {
                m[i] = 0;
            }
        }
        return mask;
    }

    static void checkSizes(Mask prediction, Mask truth, Mask ignore) {
        if (!prediction.sameSize(truth)) {
            throw new InvalidInputException("The predicted mask is " + prediction.width() + "x" + prediction.height()
                    + " but the ground truth is " + truth.width() + "x" + truth.height()
                    + ": compare masks of the same image size.");
        }
        if (ignore != null && !ignore.sameSize(truth)) {
            throw new InvalidInputException("The ignore mask is " + ignore.width() + "x" + ignore.height()
                    + " but the ground truth is " + truth.width() + "x" + truth.height()
                    + ": give an ignore mask of the same size or none.");
        }
    }

    /** Pixel counts of the confusion matrix over the pixels that are not ignored. */
    record Counts(long tp, long fp, long fn, long tn) {

        static Counts of(Mask prediction, Mask truth, Mask ignore) {
            checkSizes(prediction, truth, ignore);
            byte[] p = prediction.data();
            byte[] t = truth.data();
            byte[] g = ignore == null ? null : ignore.data();
            long tp = 0;
            long fp = 0;
            long fn = 0;
            long tn = 0;
            for (int i = 0; i < p.length; i++) {
                if (g != null && g[i] != 0) {
                    continue;
                }
                boolean inP = p[i] != 0;
                boolean inT = t[i] != 0;
                if (inP && inT) {
                    tp++;
                } else if (inP) {
                    fp++;
                } else if (inT) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Counts(tp, fp, fn, tn);
        }

        double iou() {
            long union = tp + fp + fn;
            return union == 0 ? 1.0 : tp / (double) union;
        }

        double dice() {
            long sum = 2 * tp + fp + fn;
            return sum == 0 ? 1.0 : 2.0 * tp / sum;
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        double accuracy() {
            long all = tp + fp + fn + tn;
            return all == 0 ? 1.0 : (tp + tn) / (double) all;
        }
    }
}
