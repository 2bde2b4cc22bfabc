/**
 * The 0/255 {@link io.github.parallaxlayers.mask.Mask}, {@link io.github.parallaxlayers.mask.Box} (with {@code
 * Box.around}, the one bounding-box scan of masks and layer alphas), connected components and {@link
 * io.github.parallaxlayers.mask.ChebyshevDilation} (square dilation). Used by segment, refine, fill, layers, depth,
 * eval and the commands.
 */
package io.github.parallaxlayers.mask;
