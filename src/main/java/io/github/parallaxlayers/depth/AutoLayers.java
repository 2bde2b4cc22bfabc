package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Auto Layers: cuts a plate into depth planes whose borders follow object edges.
 * <ol>
 * <li>The known inverse depths are clustered into N classes by exact 1-D optimal clustering
 * ({@link NaturalBreaks}, 1024-bin histogram).</li>
 * <li>N is given, or chosen automatically: the largest N from 2 to max_planes for which neighbouring classes'
 * means differ by at least min_separation × the inverse-depth range and every class holds at least min_area of the
 * known pixels (a flat map that fails even for N = 2 gives one plane).</li>
 * <li>The plate is cut into SLIC superpixels over colour and position (and depth, when depth_weight is above 0;
 * {@link Superpixels}); every region goes wholly to the plane of its median known depth, so plane borders run along
 * region borders, which follow object edges instead of the depth map's blurred or bleeding steps.</li>
 * </ol>
 * With object labels (regions=sam: {@code segment.sam.MaskLabels} of SAM's automatic masks) every labelled object
 * is one region of its own, so each SAM mask goes wholly to one plane; the pixels no mask covers keep their
 * superpixels (the uncovered part of a superpixel is a region by itself).
 * The farthest class (the sky of an outdoor plate, the back wall of a room) is always a plane of its own, named
 * "far". Unknown depth pixels are filled from their row ({@link DepthMap#withUnknownFilled()}) only to build the
 * regions; medians use known pixels when a region has any.
 */
public final class AutoLayers {
    static final int BINS = 1024;
    private static final int ITERATIONS = 5;

    private AutoLayers() {
    }

    public static DepthPlanes split(Plate plate, DepthMap depth, AutoLayersSettings settings,
                                    ProgressListener progress) {
        return split(plate, depth, settings, null, progress);
    }

    /**
     * As {@link #split(Plate, DepthMap, AutoLayersSettings, ProgressListener)}, with {@code objectLabels} (plate
     * size, 0 = no object, k > 0 = object k; null for none) overriding the superpixels where they are set.
     */
    public static DepthPlanes split(Plate plate, DepthMap depth, AutoLayersSettings settings, int[] objectLabels,
                                    ProgressListener progress) {
        if (objectLabels != null && objectLabels.length != plate.size()) {
            throw new InvalidInputException("The object label image has " + objectLabels.length + " pixels but the "
                    + "plate " + plate.width() + "x" + plate.height() + " has " + plate.size() + ": give labels of "
                    + "the plate's size.");
        }
        if (plate.width() != depth.width() || plate.height() != depth.height()) {
            throw new InvalidInputException("The depth map is " + depth.width() + "x" + depth.height()
                    + " but the plate is " + plate.width() + "x" + plate.height() + ": they must have the same "
                    + "size (Estimate Depth gives a map at plate size; resize a map of your own to the plate).");
        }
        progress.progress(0, "clustering depth");
        NaturalBreaks histogram = NaturalBreaks.histogram(depth.values(), BINS);
        NaturalBreaks.Breaks breaks = settings.planes() > 0 ? histogram.classify(settings.planes())
                : chooseAutomatically(histogram, depth.range(), settings);
        progress.checkCancelled();

        DepthMap filled = depth.withUnknownFilled();
        float[] range = depth.range();
        float span = range[1] > range[0] ? range[1] - range[0] : 1;
        float[] unitDepth = new float[filled.size()];
        float[] f = filled.values();
        for (int i = 0; i < unitDepth.length; i++) {
            unitDepth[i] = (f[i] - range[0]) / span;
        }
        int[] regions = Superpixels.labels(plate.toUnitChannels(), unitDepth, plate.width(), plate.height(),
                settings.regionSize(), (float) settings.compactness(), (float) settings.depthWeight(), ITERATIONS, progress.stage(0.1, 0.8));
        progress.checkCancelled();
        if (objectLabels != null) {
            regions = withObjects(regions, objectLabels);
        }
        progress.progress(0.85, "assigning regions to planes");
        int[] planeOfRegion = planeOfRegion(regions, depth.values(), f, breaks);
        return planes(plate.width(), plate.height(), regions, planeOfRegion, breaks, progress);
    }

    /** Superpixel ids, with each labelled object a region of its own numbered after the last superpixel. */
    static int[] withObjects(int[] superpixels, int[] objectLabels) {
        int count = 0;
        for (int r : superpixels) {
            count = Math.max(count, r + 1);
        }
        int maxLabel = 0;
        for (int label : objectLabels) {
            maxLabel = Math.max(maxLabel, label);
        }
        // objects are renumbered densely, in order of first appearance, so no region id is left empty
        int[] dense = new int[maxLabel + 1];
        Arrays.fill(dense, -1);
        int next = count;
        int[] out = new int[superpixels.length];
        for (int i = 0; i < out.length; i++) {
            int label = objectLabels[i];
            if (label > 0) {
                if (dense[label] < 0) {
                    dense[label] = next++;
                }
                out[i] = dense[label];
            } else {
                out[i] = superpixels[i];
            }
        }
        return out;
    }

    static NaturalBreaks.Breaks chooseAutomatically(NaturalBreaks histogram, float[] range,
                                                    AutoLayersSettings settings) {
        double minGap = settings.minSeparation() * (range[1] - range[0]);
        NaturalBreaks.Breaks chosen = histogram.classify(1);
        double total = chosen.counts()[0];
        for (int k = 2; k <= settings.maxPlanes(); k++) {
            NaturalBreaks.Breaks b = histogram.classify(k);
            if (b.classes() < k) {
                break;
            }
            boolean ok = true;
            for (int c = 0; c < k && ok; c++) {
                ok = b.counts()[c] >= settings.minPlaneArea() * total
                        && (c == 0 || b.means()[c] - b.means()[c - 1] >= minGap);
            }
            if (ok) {
                chosen = b;
            }
        }
        return chosen;
    }

    /** Each region's class by the median of its known depths (of its filled depths when none is known). */
    static int[] planeOfRegion(int[] regions, float[] known, float[] filled, NaturalBreaks.Breaks breaks) {
        int count = 0;
        for (int r : regions) {
            count = Math.max(count, r + 1);
        }
        int[] start = new int[count + 1];
        for (int r : regions) {
            start[r + 1]++;
        }
        for (int r = 0; r < count; r++) {
            start[r + 1] += start[r];
        }
        int[] fill = Arrays.copyOf(start, count);
        int[] pixels = new int[regions.length];
        for (int i = 0; i < regions.length; i++) {
            pixels[fill[regions[i]]++] = i;
        }
        int[] plane = new int[count];
        Parallel.rows(count, (from, to) -> {
            float[] values = new float[64];
            for (int r = from; r < to; r++) {
                int n = start[r + 1] - start[r];
                if (n == 0) {
                    continue;
                }
                if (values.length < n) {
                    values = new float[n];
                }
                int m = 0;
                for (int p = start[r]; p < start[r + 1]; p++) {
                    float v = known[pixels[p]];
                    if (v == v) {
                        values[m++] = v;
                    }
                }
                if (m == 0) {
                    for (int p = start[r]; p < start[r + 1]; p++) {
                        values[m++] = filled[pixels[p]];
                    }
                }
                Arrays.sort(values, 0, m);
                float median = m % 2 == 1 ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2;
                plane[r] = breaks.classOf(median);
            }
        });
        return plane;
    }

    private static DepthPlanes planes(int width, int height, int[] regions, int[] planeOfRegion,
                                      NaturalBreaks.Breaks breaks, ProgressListener progress) {
        int classes = breaks.classes();
        byte[][] data = new byte[classes][width * height];
        for (int i = 0; i < regions.length; i++) {
            // classes ascend in inverse depth (far first); layers go front first
            data[classes - 1 - planeOfRegion[regions[i]]][i] = Mask.ON;
        }
        List<Mask> masks = new ArrayList<>();
        List<Double> depths = new ArrayList<>();
        for (int layer = 0; layer < classes; layer++) {
            Mask m = Mask.wrap(width, height, data[layer]);
            if (!m.isEmpty()) {
                masks.add(m);
                depths.add(breaks.means()[classes - 1 - layer]);
            }
        }
        List<String> names = new ArrayList<>();
        double[] d = new double[masks.size()];
        double[] hints = new double[masks.size()];
        double previous = 1;
        for (int p = 0; p < masks.size(); p++) {
            names.add(p == masks.size() - 1 && masks.size() > 1 ? "far" : "plane-" + (p + 1));
            d[p] = depths.get(p);
            hints[p] = DepthOrdering.hint(d[0], d[p], previous);
            previous = hints[p];
        }
        progress.progress(1, masks.size() + " planes");
        return new DepthPlanes(masks, names, d, hints, breaks);
    }
}
