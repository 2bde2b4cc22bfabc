package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.mask.Mask;

/** A segmenter's answer: the mask and a quality score in [0, 1] (SAM's predicted IoU; 1 where none exists). */
public record Segmentation(Mask mask, double score) {
}
