/**
 * Click segmentation: {@link io.github.parallaxlayers.segment.Segmenter} opens a {@link
 * io.github.parallaxlayers.segment.SegmentationSession} on a plate, which turns a {@link
 * io.github.parallaxlayers.segment.Prompt} into a {@link io.github.parallaxlayers.segment.Segmentation} (or its
 * candidates). {@link io.github.parallaxlayers.segment.SegmenterBackend} is the one factory of segmenters and SAM
 * models ({@code backend=}, {@code model_file=}, {@code device=}), used by Point Mask, the Point Mask Tool, Automatic
 * Masks, Auto Layers, Evaluate Clicks and the {@code evaluate} CLI. {@link
 * io.github.parallaxlayers.segment.InteractiveSegmentation} keeps the clicks of the tool.
 */
package io.github.parallaxlayers.segment;
