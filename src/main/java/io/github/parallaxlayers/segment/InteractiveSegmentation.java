package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/**
 * The state behind an interactive click tool, independent of ImageJ: the clicks so far on one plate and the mask
 * they give. Each click re-runs the session with the grown prompt (a SAM session then feeds its previous
 * low-resolution mask back, so only the decoder runs); undo drops the last click and re-segments, which gives
 * the earlier mask again. Negative clicks alone make no mask.
 */
public final class InteractiveSegmentation implements AutoCloseable {
    private final SegmentationSession session;
    private final int width;
    private final int height;
    private final List<Click> clicks = new ArrayList<>();
    private Segmentation current;

    public InteractiveSegmentation(SegmentationSession session, int width, int height) {
        this.session = session;
        this.width = width;
        this.height = height;
    }

    /** Adds a click inside the plate and returns the new mask (null while there is no positive click). */
    public synchronized Segmentation add(Click click) {
        if (click.x() < 0 || click.y() < 0 || click.x() >= width || click.y() >= height) {
            return current;
        }
        clicks.add(click);
        return resegment();
    }

    /** Drops the last click; returns the mask of the clicks before it (null when none is left). */
    public synchronized Segmentation undo() {
        if (!clicks.isEmpty()) {
            clicks.remove(clicks.size() - 1);
        }
        return resegment();
    }

    public synchronized void clear() {
        clicks.clear();
        current = null;
    }

    public synchronized Segmentation current() {
        return current;
    }

    public synchronized List<Click> clicks() {
        return List.copyOf(clicks);
    }

    private Segmentation resegment() {
        boolean anyPositive = clicks.stream().anyMatch(Click::positive);
        current = anyPositive ? session.segment(Prompt.of(clicks), ProgressListener.NONE) : null;
        return current;
    }

    @Override
    public void close() {
        session.close();
    }
}
