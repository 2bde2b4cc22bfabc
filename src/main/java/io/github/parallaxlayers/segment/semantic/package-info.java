/**
 * Semantic segmentation with DeepLabV3 (PASCAL VOC): {@link
 * io.github.parallaxlayers.segment.semantic.SemanticSegmenters} is the one factory ({@code model_file=},
 * {@code device=}), {@link io.github.parallaxlayers.segment.semantic.DeepLabV3} gives a {@link
 * io.github.parallaxlayers.segment.semantic.LabelImage}. Used by Semantic Mask.
 */
package io.github.parallaxlayers.segment.semantic;
