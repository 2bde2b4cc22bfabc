package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Components;
import io.github.parallaxlayers.mask.Connectivity;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.ModelSession;

import java.util.Objects;

/**
 * A fill by a learned network (LaMa or MI-GAN) with a high-resolution strategy. The plate is mapped to the
 * network's RGB 0–255 scale ({@link NetworkRange}), brought to the network by {@link HighResStrategy}, and only
 * the hole's pixels come back, in the plate's own type; every other pixel is bit-identical.
 */
public final class LearnedInpainter implements Inpainter {
    /** The side the networks were trained at: crops and resized plates are brought to it. */
    public static final int NETWORK_SIZE = 512;
    /** Context around each hole for {@code crop} (IOPaint's default crop margin). */
    public static final int DEFAULT_MARGIN = 128;

    private final InpaintingNetwork network;
    private final HighResStrategy strategy;
    private final int margin;

    LearnedInpainter(InpaintingNetwork network, HighResStrategy strategy, int margin) {
        this.network = Objects.requireNonNull(network);
        this.strategy = Objects.requireNonNull(strategy);
        if (margin < 0) {
            throw new InvalidInputException("The crop margin must be 0 px or more; got " + margin + ".");
        }
        this.margin = margin;
    }

    /** LaMa on an open session (fixed 512 × 512 or dynamic export). */
    public static LearnedInpainter lama(ModelSession model, HighResStrategy strategy) {
        return new LearnedInpainter(new LamaNetwork(model), strategy, DEFAULT_MARGIN);
    }

    /** The MI-GAN ONNX pipeline on an open session. */
    public static LearnedInpainter migan(ModelSession model, HighResStrategy strategy) {
        return new LearnedInpainter(new MiganNetwork(model), strategy, DEFAULT_MARGIN);
    }

    @Override
    public String id() {
        return network.id();
    }

    public HighResStrategy strategy() {
        return strategy;
    }

    /** The network session's fall-back line: CUDA asked for, the CPU used (empty when none). */
    @Override
    public String fallback() {
        return network.model().fallback();
    }

    @Override
    public Plate fillHole(Plate plate, Mask hole, ProgressListener progress) {
        NetworkRange range = NetworkRange.of(plate, hole);
        RgbImage image = range.toNetwork(plate);
        progress.checkCancelled();
        RgbImage filled = switch (strategy) {
            case ORIGINAL -> original(image, hole.data(), progress);
            case RESIZE -> {
                progress.progress(0.1, network.id() + ": filling the plate at " + NETWORK_SIZE + " px");
                yield atNetworkSize(image, hole.data());
            }
            case CROP -> crops(image, hole, progress);
        };
        progress.checkCancelled();
        Plate out = range.fromNetwork(plate, filled, hole);
        progress.progress(1, network.id() + ": done");
        return out;
    }

    private RgbImage original(RgbImage image, byte[] hole, ProgressListener progress) {
        int fixed = network.fixedSize();
        if (fixed > 0 && (image.width() != fixed || image.height() != fixed)) {
            throw new InvalidInputException("The model " + network.describe() + " takes only " + fixed + "x"
                    + fixed + " images, so strategy=original cannot fill this " + image.width() + "x"
                    + image.height() + " plate: use strategy=crop or strategy=resize, or a LaMa export with dynamic "
                    + "height and width.");
        }
        progress.progress(0.1, network.id() + ": filling at full size " + image.width() + "x" + image.height());
        return network.run(image, hole);
    }

    /**
     * The network's result for an image of any size: run as it is when the network takes it, else resized to
     * the network size (a fixed model's exact size; a longest side of 512 for a dynamic one), filled, resized
     * back, with the seam feathered.
     */
    RgbImage atNetworkSize(RgbImage image, byte[] hole) {
        int w = image.width();
        int h = image.height();
        int fixed = network.fixedSize();
        int tw;
        int th;
        if (fixed > 0) {
            tw = fixed;
            th = fixed;
        } else if (Math.max(w, h) > NETWORK_SIZE) {
            double scale = (double) NETWORK_SIZE / Math.max(w, h);
            tw = Math.max(1, (int) Math.round(w * scale));
            th = Math.max(1, (int) Math.round(h * scale));
        } else {
            tw = w;
            th = h;
        }
        if (tw == w && th == h) {
            return network.run(image, hole);
        }
        RgbImage small = Resampling.resize(image, tw, th);
        byte[] smallHole = Resampling.holeCovering(hole, w, h, tw, th);
        RgbImage up = Resampling.resize(network.run(small, smallHole), w, h);
        double enlargement = Math.max((double) w / tw, (double) h / th);
        SeamFeather.apply(image, up, hole, Math.max(2, (int) Math.ceil(2 * enlargement)));
        return up;
    }

    private RgbImage crops(RgbImage image, Mask hole, ProgressListener progress) {
        int w = image.width();
        int h = image.height();
        Components components = Components.of(hole, Connectivity.EIGHT);
        int count = components.count();
        int[] labels = components.labels();
        int[] minX = new int[count + 1];
        int[] minY = new int[count + 1];
        int[] maxX = new int[count + 1];
        int[] maxY = new int[count + 1];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxX, -1);
        java.util.Arrays.fill(maxY, -1);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int l = labels[y * w + x];
                if (l != 0) {
                    minX[l] = Math.min(minX[l], x);
                    maxX[l] = Math.max(maxX[l], x);
                    minY[l] = Math.min(minY[l], y);
                    maxY[l] = Math.max(maxY[l], y);
                }
            }
        }
        RgbImage result = RgbImage.blank(w, h);
        for (int l = 1; l <= count; l++) {
            progress.checkCancelled();
            progress.progress(0.05 + 0.9 * (l - 1) / count, network.id() + ": hole " + l + " of " + count);
            Box box = new Box(minX[l], minY[l], maxX[l] - minX[l] + 1, maxY[l] - minY[l] + 1)
                    .grownWithin(margin, w, h);
            if (network.fixedSize() > 0) {
                box = atLeast(box, network.fixedSize(), w, h);
            }
            RgbImage crop = image.crop(box.x(), box.y(), box.width(), box.height());
            byte[] cropHole = RgbImage.crop(hole.data(), w, box.x(), box.y(), box.width(), box.height());
            RgbImage out = atNetworkSize(crop, cropHole);
            for (int y = 0; y < box.height(); y++) {
                int row = (box.y() + y) * w + box.x();
                for (int x = 0; x < box.width(); x++) {
                    if (labels[row + x] == l) {
                        for (int c = 0; c < 3; c++) {
                            result.channels()[c][row + x] = out.channels()[c][y * box.width() + x];
                        }
                    }
                }
            }
        }
        return result;
    }

    /**
     * A fixed-size model always sees its own size: a crop smaller than that is widened (centred, kept in the
     * frame) to give more context instead of being enlarged.
     */
    static Box atLeast(Box box, int size, int w, int h) {
        int bw = Math.max(box.width(), Math.min(size, w));
        int bh = Math.max(box.height(), Math.min(size, h));
        int x = Math.max(0, Math.min(w - bw, box.x() - (bw - box.width()) / 2));
        int y = Math.max(0, Math.min(h - bh, box.y() - (bh - box.height()) / 2));
        return new Box(x, y, bw, bh);
    }
}
