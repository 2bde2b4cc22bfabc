package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.mask.Mask;

/** A segmenter's answer: the mask and a quality score in [0, 1] (SAM's predicted IoU; NaN where the segmenter computes none). */
public record Segmentation(Mask mask, double score) {

    /** A segmenter that computes no quality score (classic, geodesic): the score is NaN and is not reported. */
    public static Segmentation unscored(Mask mask) {
        return new Segmentation(mask, Double.NaN);
    }

    /** {@code ", score 0.912"} where the segmenter computes one (SAM's predicted IoU), else empty. */
    public String scoreText() {
        return Double.isNaN(score) ? "" : String.format(java.util.Locale.ROOT, ", score %.3f", score);
    }

}
