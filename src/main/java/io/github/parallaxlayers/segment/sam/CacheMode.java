package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Labeled;

/** Where image embeddings are kept between prompts, plates and runs ({@code cache=}). */
public enum CacheMode implements Labeled {
    /** In memory for this Fiji session (least-recently-used entries go first when the budget is full). */
    MEMORY,
    /** In memory and in files, so reopening a plate or re-running a batch macro skips the encoder. */
    DISK,
    /** No cache: every session encodes its plate. */
    OFF;
}
