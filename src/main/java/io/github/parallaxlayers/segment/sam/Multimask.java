package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Labeled;

/**
 * Which of a multimask decoder's candidate masks a click gives ({@code multimask=}). The candidates are SAM's
 * three ambiguity masks for a one-point or box-only prompt and the single-mask output otherwise (see
 * {@link SamDecoder#sam1CandidateTokens}).
 */
public enum Multimask implements Labeled {
    /** The candidate with the highest predicted IoU (SAM's own choice). */
    BEST,
    /** Every candidate, best first. */
    ALL,
    /** The candidate with the most pixels. */
    LARGEST,
    /** The candidate with the fewest pixels that is not empty (an all-empty set gives the empty one). */
    SMALLEST;
}
