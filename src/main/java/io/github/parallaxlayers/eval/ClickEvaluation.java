package io.github.parallaxlayers.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The click protocol's results over a data set: per image records and the summary figures of the literature
 * (NoC@85, NoC@90, images over the click budget, mIoU per click, time per click).
 */
public final class ClickEvaluation {
    private final String dataset;
    private final String layout;
    private final String backend;
    private final int maxClicks;
    private final List<ImageClickResult> images;

    public ClickEvaluation(String dataset, String layout, String backend, int maxClicks,
                           List<ImageClickResult> images) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one image");
        }
        this.dataset = dataset;
        this.layout = layout;
        this.backend = backend;
        this.maxClicks = maxClicks;
        this.images = List.copyOf(images);
    }

    public String dataset() {
        return dataset;
    }

    public String layout() {
        return layout;
    }

    public String backend() {
        return backend;
    }

    public int maxClicks() {
        return maxClicks;
    }

    public List<ImageClickResult> images() {
        return images;
    }

    /** Mean over images of the first click count reaching {@code threshold} (max_clicks when never). */
    public double noc(double threshold) {
        double sum = 0;
        for (ImageClickResult r : images) {
            sum += r.clicksTo(threshold);
        }
        return sum / images.size();
    }

    public double noc85() {
        return noc(0.85);
    }

    public double noc90() {
        return noc(0.90);
    }

    /** Images that never reach IoU 0.90 within max_clicks. */
    public int overMax90() {
        int n = 0;
        for (ImageClickResult r : images) {
            if (!r.reaches(0.90)) {
                n++;
            }
        }
        return n;
    }

    /** Mean IoU over images after click 1..max_clicks. */
    public double[] miouPerClick() {
        double[] miou = new double[maxClicks];
        for (ImageClickResult r : images) {
            double[] ious = r.iouPerClick();
            for (int k = 0; k < maxClicks; k++) {
                miou[k] += ious[k];
            }
        }
        for (int k = 0; k < maxClicks; k++) {
            miou[k] /= images.size();
        }
        return miou;
    }

    public double msPerClickMedian() {
        return percentile(allClickTimes(), 50);
    }

    public double msPerClickP95() {
        return percentile(allClickTimes(), 95);
    }

    private double[] allClickTimes() {
        return images.stream().flatMapToDouble(r -> Arrays.stream(r.msPerClick())).toArray();
    }

    /**
     * The {@code p}-th percentile with linear interpolation between closest ranks (NumPy's default): rank
     * (n − 1)·p/100 in the sorted values. NaN for no values.
     */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
