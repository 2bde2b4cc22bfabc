package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.ProgressListener;

/** A segmenter bound to one plate. Deterministic: the same prompt always gives the same mask. */
public interface SegmentationSession extends AutoCloseable {

    Segmentation segment(Prompt prompt, ProgressListener progress);

    @Override
    default void close() {
    }
}
