package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.segment.geodesic.GeodesicDistance;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.geodesic.GeodesicDistance;

/**
 * One plate prepared for clicking: the downscaled working image and both contrast constants are computed
 * once; each prompt then runs GrabCut-style rounds (fit colour models, add geodesic, spatial and
 * previous-mask terms, cut exactly) on the working grid, refines the boundary band at full resolution and
 * keeps only object parts connected to a positive click.
 */
final class ClassicSession implements SegmentationSession {
    private final ClassicSettings settings;
    private final int width;
    private final int height;
    private final UnitPixels pixels;
    private final WorkingImage work;
    private final double fullBeta;
    /** Geodesic step costs over the working colours and cut capacities of the 8-neighbour pairs: per plate. */
    private final float[][] colourSteps;
    private final float[][] pairCapacities;
    private final UnaryPrior prior;

    ClassicSession(Plate plate, ClassicSettings settings, ProgressListener progress) {
        this(plate, settings, null, progress);
    }

    /** @param prior an extra unary term (a learned subject prior), or null for the plain segmenter */
    ClassicSession(Plate plate, ClassicSettings settings, UnaryPrior prior, ProgressListener progress) {
        this.prior = prior;
        this.settings = settings;
        this.width = plate.width();
        this.height = plate.height();
        progress.progress(0, "Preparing the plate");
        this.pixels = new UnitPixels(plate);
        progress.checkCancelled();
        this.work = WorkingImage.of(pixels, width, height, settings.maxWorkingPixels());
        progress.checkCancelled();
        this.fullBeta = isDownscaled() ? pixels.beta(width, height) : work.beta;
        this.colourSteps = GeodesicDistance.stepCosts(work.width, work.height, work.channels,
                (float) (1 / work.diagonal()), (float) settings.geodesicContrast());
        this.pairCapacities = pairCapacities(new TermWeights(settings.smoothness(), work.beta));
        progress.progress(1, "Plate ready");
    }

    private boolean isDownscaled() {
        return work.width != width || work.height != height;
    }

    @Override
    public Segmentation segment(Prompt prompt, ProgressListener progress) {
        prompt.validate(width, height);
        progress.checkCancelled();
        double radius = settings.clickRadius() * Math.max(1, Math.hypot(width, height) / settings.referenceDiagonal());
        HardConstraints hard = new HardConstraints(prompt, radius);
        int n = work.size();
        byte[] fixed = hard.paint(work.width, work.height, work.scaleX, work.scaleY);
        float[] previous = prompt.previous() == null ? null : downscale(prompt.previous());
        boolean hasPositives = !prompt.positives().isEmpty();
        UnaryPrior.Terms priorTerms = prior == null ? null : prior.terms(prompt,
                new UnaryPrior.Grid(work.width, work.height, work.scaleX, work.scaleY, width, height));

        byte[] labels = previous == null && priorTerms != null && priorTerms.initialLabels() != null
                ? withFixed(priorTerms.initialLabels().clone(), fixed)
                : initialLabels(fixed, previous, hasPositives);
        progress.checkCancelled();

        int d = work.channels.length;
        GaussianMixture object = new GaussianMixture(d, settings.components());
        GaussianMixture background = new GaussianMixture(d, settings.components());
        fitModels(labels, fixed, object, background, true);

        float[] spatial = hasPositives ? clickDistance(prompt) : new float[n];
        float[] objectCost = new float[n];
        float[] backgroundCost = new float[n];
        float[] extraObject = new float[n];
        float[] extraBackground = new float[n];
        for (int round = 0; round < settings.iterations(); round++) {
            progress.progress((double) round / (settings.iterations() + 1), "Cutting");
            object.negativeLogAll(work.channels, n, objectCost);
            background.negativeLogAll(work.channels, n, backgroundCost);
            capColourCosts(objectCost, backgroundCost);
            float[] geodesicRatio = hasPositives && settings.geodesicWeight() > 0
                    ? geodesicRatio(objectCost, backgroundCost, fixed) : null;
            for (int i = 0; i < n; i++) {
                float ratio = geodesicRatio == null ? 0.5f : geodesicRatio[i];
                extraObject[i] = (float) (settings.geodesicWeight() * ratio + settings.spatialWeight() * spatial[i]);
                extraBackground[i] = (float) (settings.geodesicWeight() * (1 - ratio));
            }
            if (priorTerms != null) {
                for (int i = 0; i < n; i++) {
                    extraObject[i] += priorTerms.object()[i];
                    extraBackground[i] += priorTerms.background()[i];
                }
            }
            labels = cut(objectCost, backgroundCost, extraObject, extraBackground, previous, fixed);
            progress.checkCancelled();
            if (hasPositives) {
                labels = ConnectivityRule.keepConnected(labels, work.width, work.height, workClicks(prompt));
            }
            if (round + 1 < settings.iterations()) {
                fitModels(labels, fixed, object, background, false);
            }
            progress.checkCancelled();
        }

        byte[] full;
        if (isDownscaled()) {
            progress.progress(0.8, "Refining the boundary");
            BandRefiner refiner = new BandRefiner(width, height, pixels, work, settings, fullBeta);
            full = refiner.refine(labels, object, background, extraObject, extraBackground, prompt.previous(), hard);
            progress.checkCancelled();
        } else {
            full = new byte[n];
            for (int i = 0; i < n; i++) {
                if (labels[i] != 0) {
                    full[i] = Mask.ON;
                }
            }
        }
        if (hasPositives) {
            full = ConnectivityRule.keepConnected(full, width, height, fullClicks(prompt));
        }
        progress.progress(1, "Done");
        // The classic method has no learned quality estimate; the interface asks for 1 where none exists.
        return Segmentation.unscored(Mask.wrap(width, height, full));
    }

    private byte[] initialLabels(byte[] fixed, float[] previous, boolean hasPositives) {
        int n = work.size();
        byte[] labels = new byte[n];
        if (previous != null) {
            for (int i = 0; i < n; i++) {
                labels[i] = (byte) (previous[i] >= 0.5f ? 1 : 0);
            }
        } else if (hasPositives) {
            // Bai and Sapiro style: a pixel starts as object when it is geodesically nearer a positive seed
            // than a negative seed or the frame.
            float[] toObject = seeds(fixed, HardConstraints.OBJECT, false);
            float[] toBackground = seeds(fixed, HardConstraints.BACKGROUND, true);
            GeodesicDistance.relax(toObject, work.width, work.height, colourSteps);
            GeodesicDistance.relax(toBackground, work.width, work.height, colourSteps);
            for (int i = 0; i < n; i++) {
                labels[i] = (byte) (toObject[i] < toBackground[i] ? 1 : 0);
            }
        } else {
            for (int i = 0; i < n; i++) {
                labels[i] = (byte) (fixed[i] == HardConstraints.BACKGROUND ? 0 : 1);
            }
        }
        return withFixed(labels, fixed);
    }

    private static byte[] withFixed(byte[] labels, byte[] fixed) {
        for (int i = 0; i < labels.length; i++) {
            if (fixed[i] == HardConstraints.OBJECT) {
                labels[i] = 1;
            } else if (fixed[i] == HardConstraints.BACKGROUND) {
                labels[i] = 0;
            }
        }
        return labels;
    }

    /**
     * Seeds for a geodesic: pixels fixed to {@code label} (click disks; for the background also outside the
     * box) start at 0, and with {@code frame} the image border starts at the weak-seed offset.
     */
    private float[] seeds(byte[] fixed, byte label, boolean frame) {
        int w = work.width;
        int h = work.height;
        float[] distance = new float[w * h];
        java.util.Arrays.fill(distance, GeodesicDistance.FAR);
        for (int i = 0; i < distance.length; i++) {
            if (fixed[i] == label) {
                distance[i] = 0;
            }
        }
        if (frame) {
            float offset = (float) settings.frameOffset();
            for (int x = 0; x < w; x++) {
                frameSeed(distance, fixed, x, offset);
                frameSeed(distance, fixed, (h - 1) * w + x, offset);
            }
            for (int y = 0; y < h; y++) {
                frameSeed(distance, fixed, y * w, offset);
                frameSeed(distance, fixed, y * w + w - 1, offset);
            }
        }
        return distance;
    }

    private static void frameSeed(float[] distance, byte[] fixed, int i, float offset) {
        if (fixed[i] != HardConstraints.OBJECT && distance[i] > offset) {
            distance[i] = offset;
        }
    }

    /** dP / (dP + dN) on the object-probability map of the current colour models (Bai and Sapiro 2009). */
    private float[] geodesicRatio(float[] objectCost, float[] backgroundCost, byte[] fixed) {
        int n = work.size();
        float[] probability = new float[n];
        for (int i = 0; i < n; i++) {
            probability[i] = (float) (1 / (1 + Math.exp(objectCost[i] - backgroundCost[i])));
        }
        float[][] steps = GeodesicDistance.stepCosts(work.width, work.height, new float[][] {probability},
                (float) (1 / work.diagonal()), (float) settings.geodesicContrast());
        float[] toObject = seeds(fixed, HardConstraints.OBJECT, false);
        float[] toBackground = seeds(fixed, HardConstraints.BACKGROUND, true);
        GeodesicDistance.relax(toObject, work.width, work.height, steps);
        GeodesicDistance.relax(toBackground, work.width, work.height, steps);
        float[] ratio = toObject;
        for (int i = 0; i < n; i++) {
            float a = toObject[i];
            float b = toBackground[i];
            float sum = a + b;
            ratio[i] = sum > 0 && sum < Float.POSITIVE_INFINITY ? a / sum : (a < b ? 0f : a > b ? 1f : 0.5f);
        }
        return ratio;
    }

    private void capColourCosts(float[] objectCost, float[] backgroundCost) {
        float cap = (float) settings.colourCap();
        for (int i = 0; i < objectCost.length; i++) {
            objectCost[i] = Math.min(cap, objectCost[i]);
            backgroundCost[i] = Math.min(cap, backgroundCost[i]);
        }
        // Only differences matter to the cut; shifting by the minimum keeps capacities small and positive.
        for (int i = 0; i < objectCost.length; i++) {
            float m = Math.min(objectCost[i], backgroundCost[i]);
            objectCost[i] -= m;
            backgroundCost[i] -= m;
        }
    }

    private byte[] cut(float[] objectCost, float[] backgroundCost, float[] extraObject, float[] extraBackground,
                       float[] previous, byte[] fixed) {
        int w = work.width;
        int h = work.height;
        int n = w * h;
        MaxFlow graph = new MaxFlow(n, 4 * n);
        float prior = (float) settings.previousWeight();
        for (int i = 0; i < n; i++) {
            if (fixed[i] == HardConstraints.OBJECT) {
                graph.addTerminal(i, TermWeights.HARD, 0);
            } else if (fixed[i] == HardConstraints.BACKGROUND) {
                graph.addTerminal(i, 0, TermWeights.HARD);
            } else {
                float toObject = objectCost[i] + extraObject[i];
                float toBackground = backgroundCost[i] + extraBackground[i];
                if (previous != null) {
                    toObject += prior * (1 - previous[i]);
                    toBackground += prior * previous[i];
                }
                // Source = object: the source arc is cut when the pixel ends in the background.
                graph.addTerminal(i, toBackground, toObject);
            }
        }
        float[] east = pairCapacities[0];
        float[] south = pairCapacities[1];
        float[] southEast = pairCapacities[2];
        float[] southWest = pairCapacities[3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x + 1 < w) {
                    graph.addEdge(i, i + 1, east[i], east[i]);
                }
                if (y + 1 < h) {
                    graph.addEdge(i, i + w, south[i], south[i]);
                    if (x + 1 < w) {
                        graph.addEdge(i, i + w + 1, southEast[i], southEast[i]);
                    }
                    if (x > 0) {
                        graph.addEdge(i, i + w - 1, southWest[i], southWest[i]);
                    }
                }
            }
        }
        graph.solve();
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (graph.isSource(i) ? 1 : 0);
        }
        return labels;
    }

    /** Smoothness capacities of the working grid, laid out like {@link GeodesicDistance#stepCosts}. */
    private float[][] pairCapacities(TermWeights weights) {
        int w = work.width;
        int h = work.height;
        float[][] capacities = new float[4][w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x + 1 < w) {
                    capacities[0][i] = weights.straight(work.squaredDifference(i, i + 1));
                }
                if (y + 1 < h) {
                    capacities[1][i] = weights.straight(work.squaredDifference(i, i + w));
                    if (x + 1 < w) {
                        capacities[2][i] = weights.diagonal(work.squaredDifference(i, i + w + 1));
                    }
                    if (x > 0) {
                        capacities[3][i] = weights.diagonal(work.squaredDifference(i, i + w - 1));
                    }
                }
            }
        }
        return capacities;
    }

    private void fitModels(byte[] labels, byte[] fixed, GaussianMixture object, GaussianMixture background,
                           boolean fresh) {
        int n = labels.length;
        int objectCount = 0;
        for (byte b : labels) {
            objectCount += b;
        }
        int[] objectSamples = withClicks(sample(labels, (byte) 1, objectCount), fixed, HardConstraints.OBJECT);
        int[] backgroundSamples = withClicks(sample(labels, (byte) 0, n - objectCount), fixed,
                HardConstraints.BACKGROUND);
        if (fresh || object.isEmpty()) {
            object.fit(work.channels, objectSamples, objectSamples.length, settings.seed());
        } else {
            object.refine(work.channels, objectSamples, objectSamples.length);
        }
        if (fresh || background.isEmpty()) {
            background.fit(work.channels, backgroundSamples, backgroundSamples.length, settings.seed() + 1);
        } else {
            background.refine(work.channels, backgroundSamples, backgroundSamples.length);
        }
    }

    /**
     * Adds the clicked disks of {@code label} repeatedly so that they carry about {@code clickShare} of the
     * samples: a click on a part whose colour the current mask lacks must change the colour model, or a
     * correction would be outvoted by the pixels it corrects.
     */
    private int[] withClicks(int[] samples, byte[] fixed, byte label) {
        int clicked = 0;
        for (byte f : fixed) {
            if (f == label) {
                clicked++;
            }
        }
        if (clicked == 0 || clicked == fixed.length) {
            return samples;
        }
        int repeats = (int) Math.min(1000, Math.ceil(settings.clickShare() * samples.length / clicked));
        if (repeats <= 1) {
            return samples;
        }
        int[] disk = new int[clicked];
        int c = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == label) {
                disk[c++] = i;
            }
        }
        int[] out = java.util.Arrays.copyOf(samples, samples.length + clicked * repeats);
        for (int r = 0, k = samples.length; r < repeats; r++, k += clicked) {
            System.arraycopy(disk, 0, out, k, clicked);
        }
        return out;
    }

    /** Indices of pixels with {@code label}, evenly thinned to at most 40 000 so fitting stays cheap. */
    private static int[] sample(byte[] labels, byte label, int count) {
        int stride = Math.max(1, count / 40_000);
        int[] out = new int[(count + stride - 1) / stride];
        int seen = 0;
        int k = 0;
        for (int i = 0; i < labels.length && k < out.length; i++) {
            if (labels[i] == label) {
                if (seen % stride == 0) {
                    out[k++] = i;
                }
                seen++;
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Euclidean distance to the nearest positive click in working pixels, in working-image diagonals. */
    private float[] clickDistance(Prompt prompt) {
        int w = work.width;
        Mask points = Mask.empty(w, work.height);
        for (Click c : prompt.positives()) {
            points.set(HardConstraints.gridX(c, w, work.scaleX), HardConstraints.gridY(c, work.height, work.scaleY), true);
        }
        float[] squared = io.github.parallaxlayers.refine.DistanceTransform.squaredToInside(points);
        float scale = (float) (1 / work.diagonal());
        for (int i = 0; i < squared.length; i++) {
            squared[i] = (float) Math.sqrt(squared[i]) * scale;
        }
        return squared;
    }

    /** The previous mask as the object fraction of each working pixel. */
    private float[] downscale(Mask previous) {
        int w = work.width;
        int h = work.height;
        float[] sum = new float[w * h];
        int[] count = new int[w * h];
        byte[] data = previous.data();
        for (int y = 0; y < height; y++) {
            int row = (int) ((long) y * h / height) * w;
            for (int x = 0; x < width; x++) {
                int t = row + (int) ((long) x * w / width);
                count[t]++;
                if (data[y * width + x] != 0) {
                    sum[t]++;
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count[i];
        }
        return sum;
    }

    private int[] workClicks(Prompt prompt) {
        return prompt.positives().stream()
                .mapToInt(c -> HardConstraints.gridY(c, work.height, work.scaleY) * work.width
                        + HardConstraints.gridX(c, work.width, work.scaleX))
                .toArray();
    }

    private int[] fullClicks(Prompt prompt) {
        return prompt.positives().stream().mapToInt(c -> c.y() * width + c.x()).toArray();
    }
}
