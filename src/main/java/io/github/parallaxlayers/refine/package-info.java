/**
 * Mask refinement: {@link io.github.parallaxlayers.refine.MaskRefinement} (holes, islands, open/close, keep,
 * grow/shrink on the exact {@link io.github.parallaxlayers.refine.DistanceTransform}), {@link
 * io.github.parallaxlayers.refine.Feather} and {@link io.github.parallaxlayers.refine.EdgeAwareFeather}, {@link
 * io.github.parallaxlayers.refine.MaskAlgebra}, {@link io.github.parallaxlayers.refine.Outlines}. Used by the mask
 * commands and by fill.
 */
package io.github.parallaxlayers.refine;
