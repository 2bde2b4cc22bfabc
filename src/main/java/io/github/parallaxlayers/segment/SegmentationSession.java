package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.List;

/** A segmenter bound to one plate. Deterministic: the same prompt always gives the same mask. */
public interface SegmentationSession extends AutoCloseable {

    Segmentation segment(Prompt prompt, ProgressListener progress);

    /**
     * Every mask the segmenter offers for the prompt, best first ({@code multimask=all} gives SAM's three); one
     * for segmenters that make one mask.
     */
    default List<Segmentation> candidates(Prompt prompt, ProgressListener progress) {
        return List.of(segment(prompt, progress));
    }

    @Override
    default void close() {
    }
}
