package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a mask stack front → back by each mask's robust depth and turns the depths into the layers' depth
 * hints.
 *
 * <p>Depth hints: with inverse depth d (disparity), distance is proportional to 1 / d, so the hint of a layer is
 * d_front / d_layer — the nearest layer is 1, a layer at half the disparity is twice as far. This is exact for
 * true disparity and a fair guess for relative inverse depth, whose unknown shift only bends the spacing. Hints
 * never decrease front to back and are capped at {@link #MAX_HINT} (a sky with disparity 0 is infinitely far,
 * which no camera move can show). Layers with no known depth keep their relative order at the back.
 */
public final class DepthOrdering {
    /** The farthest a card may sit, in units of the nearest card's distance. */
    public static final double MAX_HINT = 100;

    private DepthOrdering() {
    }

    /**
     * @param band        edge band (pixels) each mask's median leaves out
     * @param splitSpread a layer whose p90 − p10 inverse-depth spread exceeds this fraction of the scene's p95 − p5
     *                    range is reported as a split candidate
     */
    public static List<OrderedLayer> order(List<Mask> masks, List<String> names, DepthMap depth, int band,
                                           double splitSpread, ProgressListener progress) {
        if (masks.isEmpty()) {
            throw new InvalidInputException("The mask stack has no layers to order: make at least one mask first.");
        }
        if (masks.size() != names.size()) {
            throw new IllegalArgumentException(masks.size() + " masks but " + names.size() + " names");
        }
        if (!(splitSpread > 0)) {
            throw new InvalidInputException("split_spread=" + splitSpread + " must be above 0 (a fraction of the "
                    + "scene's depth range, e.g. 0.25).");
        }
        double sceneRange = sceneRange(depth);
        List<OrderedLayer> unsorted = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            progress.checkCancelled();
            progress.progress((double) i / masks.size(), "measuring " + names.get(i));
            MaskDepth d = MaskDepth.of(depth, masks.get(i), band);
            boolean split = d.known() && sceneRange > 0 && d.spread() > splitSpread * sceneRange;
            unsorted.add(new OrderedLayer(i, names.get(i), d, Double.NaN, split));
        }
        List<OrderedLayer> sorted = new ArrayList<>(unsorted);
        // nearer (larger inverse depth) first; unknown last, stable among equals
        sorted.sort(Comparator.comparingDouble((OrderedLayer l) -> l.depth().known() ? -l.depth().median()
                : Double.POSITIVE_INFINITY));
        List<OrderedLayer> out = new ArrayList<>();
        double front = sorted.get(0).depth().median();
        double previous = 1;
        for (OrderedLayer l : sorted) {
            double hint = hint(front, l.depth().median(), previous);
            out.add(new OrderedLayer(l.sourceIndex(), l.name(), l.depth(), hint, l.suggestSplit()));
            previous = hint;
        }
        progress.progress(1, "ordered");
        return out;
    }

    static double hint(double front, double layer, double previous) {
        double hint;
        if (!(front > 0) || Double.isNaN(layer)) {
            hint = previous + 1; // no usable scale: keep them apart by one unit
        } else if (layer <= 0) {
            hint = MAX_HINT;
        } else {
            hint = front / layer;
        }
        return Math.min(MAX_HINT, Math.max(previous, hint));
    }

    /** p95 − p5 of the known inverse depth (a subsample of at most about 100 000 pixels). */
    static double sceneRange(DepthMap depth) {
        float[] d = depth.values();
        int step = Math.max(1, d.length / 100_000);
        float[] sample = new float[(d.length + step - 1) / step];
        int n = 0;
        for (int i = 0; i < d.length; i += step) {
            if (d[i] == d[i]) {
                sample[n++] = d[i];
            }
        }
        if (n < 2) {
            return 0;
        }
        float[] known = java.util.Arrays.copyOf(sample, n);
        java.util.Arrays.sort(known);
        return MaskDepth.percentile(known, 0.95) - MaskDepth.percentile(known, 0.05);
    }
}
