package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulated-user click protocol of RITM and f-BRS ({@code get_next_points} in RITM's clicker): every click
 * goes to the pixel farthest (Euclidean distance transform, the image frame counting as border) from the edge
 * of the worse error region, where "worse" means the larger distance maximum: false negatives give a positive
 * click, false positives a negative one (a tie goes to the negative click, as {@code fn_max > fp_max} does).
 * Pixels already clicked are never chosen again, ignored pixels are errors nowhere, and among equal maxima the
 * first pixel in scan order wins.
 */
public final class ClickProtocol {
    public static final int DEFAULT_MAX_CLICKS = 20;

    private final int maxClicks;

    public ClickProtocol(int maxClicks) {
        if (maxClicks < 1) {
            throw new InvalidInputException("max_clicks must be at least 1; got " + maxClicks + ".");
        }
        this.maxClicks = maxClicks;
    }

    public int maxClicks() {
        return maxClicks;
    }

    /**
     * The click a simulated user makes next, or null when no pixel is left to click (the prediction is already
     * exact outside the ignore region and the clicked pixels).
     *
     * @param prediction the current mask, or null before the first click
     * @param clicked    pixels already clicked (true = clicked), read only
     */
    public static Click nextClick(Mask truth, Mask ignore, Mask prediction, boolean[] clicked) {
        int w = truth.width();
        int h = truth.height();
        byte[] t = truth.data();
        byte[] p = prediction == null ? null : prediction.data();
        byte[] g = ignore == null ? null : ignore.data();
        byte[] fn = new byte[w * h];
        byte[] fp = new byte[w * h];
        for (int i = 0; i < fn.length; i++) {
            if (g != null && g[i] != 0) {
                continue;
            }
            boolean inT = t[i] != 0;
            boolean inP = p != null && p[i] != 0;
            if (inT && !inP) {
                fn[i] = Mask.ON;
            } else if (inP && !inT) {
                fp[i] = Mask.ON;
            }
        }
        float[] fnDistance = DistanceTransform.squaredToOutsideOrFrame(Mask.wrap(w, h, fn));
        float[] fpDistance = DistanceTransform.squaredToOutsideOrFrame(Mask.wrap(w, h, fp));
        int fnBest = farthest(fnDistance, clicked);
        int fpBest = farthest(fpDistance, clicked);
        if (fnBest < 0 && fpBest < 0) {
            return null;
        }
        float fnMax = fnBest < 0 ? 0 : fnDistance[fnBest];
        float fpMax = fpBest < 0 ? 0 : fpDistance[fpBest];
        boolean positive = fnMax > fpMax;
        int index = positive ? fnBest : fpBest;
        return new Click(index % w, index / w, positive);
    }

    /** Index of the first (scan order) unclicked pixel with the largest positive distance, -1 if none. */
    private static int farthest(float[] squaredDistance, boolean[] clicked) {
        int best = -1;
        float bestValue = 0;
        for (int i = 0; i < squaredDistance.length; i++) {
            float v = squaredDistance[i];
            if (v > bestValue && (clicked == null || !clicked[i])) {
                best = i;
                bestValue = v;
            }
        }
        return best;
    }

    /** Opens one session of {@code segmenter} on the plate and runs the protocol on it. */
    public ImageClickResult run(String name, Segmenter segmenter, Plate plate, Mask truth, Mask ignore,
                                ProgressListener progress) {
        checkTruth(name, plate, truth, ignore);
        long start = System.nanoTime();
        try (SegmentationSession session = segmenter.open(plate, progress.stage(0, 0.2))) {
            double openMs = (System.nanoTime() - start) / 1e6;
            return run(name, session, openMs, truth, ignore, progress.stage(0.2, 1));
        }
    }

    /**
     * Clicks up to {@code maxClicks} times, each time passing all clicks so far and the previous mask, and
     * records the IoU (ignore excluded) and the time of each {@code segment} call. When no click is left to
     * make (the mask is exact), the last IoU is carried to the remaining click counts without calling the
     * segmenter, so the IoU-per-click array always has {@code maxClicks} values.
     */
    public ImageClickResult run(String name, SegmentationSession session, double openMs, Mask truth, Mask ignore,
                                ProgressListener progress) {
        double[] ious = new double[maxClicks];
        List<Double> times = new ArrayList<>();
        List<Click> clicks = new ArrayList<>();
        boolean[] clicked = new boolean[truth.size()];
        Prompt prompt = null;
        Mask prediction = null;
        int made = 0;
        while (made < maxClicks) {
            progress.checkCancelled();
            Click click = nextClick(truth, ignore, prediction, clicked);
            if (click == null) {
                break;
            }
            clicked[click.y() * truth.width() + click.x()] = true;
            clicks.add(click);
            prompt = prompt == null ? Prompt.of(List.of(click)) : prompt.withClick(click, prediction);
            long start = System.nanoTime();
            Segmentation result = session.segment(prompt, ProgressListener.NONE);
            times.add((System.nanoTime() - start) / 1e6);
            prediction = result.mask();
            if (!prediction.sameSize(truth)) {
                throw new IllegalStateException("segmenter returned a " + prediction.width() + "x"
                        + prediction.height() + " mask for a " + truth.width() + "x" + truth.height() + " image");
            }
            ious[made] = MaskMetrics.iou(prediction, truth, ignore);
            made++;
            progress.progress(made / (double) maxClicks, name + ": click " + made + ", IoU "
                    + String.format(java.util.Locale.ROOT, "%.3f", ious[made - 1]));
        }
        if (made == 0) {
            throw new InvalidInputException("The ground truth of " + name + " has no object pixel outside the "
                    + "ignore region: there is nothing to click on.");
        }
        Arrays.fill(ious, made, maxClicks, ious[made - 1]);
        double[] ms = times.stream().mapToDouble(Double::doubleValue).toArray();
        return new ImageClickResult(name, clicks, ious, ms, openMs);
    }

    private static void checkTruth(String name, Plate plate, Mask truth, Mask ignore) {
        if (!truth.sameSize(plate.width(), plate.height())) {
            throw new InvalidInputException("The ground truth of " + name + " is " + truth.width() + "x"
                    + truth.height() + " but the image is " + plate.width() + "x" + plate.height() + ".");
        }
        MaskMetrics.checkSizes(truth, truth, ignore);
    }
}
