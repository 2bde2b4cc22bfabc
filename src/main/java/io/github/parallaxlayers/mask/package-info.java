/**
 * The 0/255 {@link io.github.parallaxlayers.mask.Mask}, {@link io.github.parallaxlayers.mask.Box} and connected
 * components. Used by segment, refine, fill, layers, depth, eval and the commands.
 */
package io.github.parallaxlayers.mask;
