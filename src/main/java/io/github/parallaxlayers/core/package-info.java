/**
 * Shared vocabulary of every layer: the plate ({@link io.github.parallaxlayers.core.Plate}, {@link
 * io.github.parallaxlayers.core.PixelType}), progress and cancel ({@link io.github.parallaxlayers.core.ProgressListener}),
 * the one error type ({@link io.github.parallaxlayers.core.InvalidInputException}: what is wrong and how to fix it)
 * and option enums ({@link io.github.parallaxlayers.core.Labeled}: stable lower-case labels). Used by every package.
 * Two small helpers shared by several: {@link io.github.parallaxlayers.core.BilinearAxis} (the bilinear resize back
 * of the SAM, semantic and subject networks) and {@link io.github.parallaxlayers.core.Lazy} (a network opened on
 * first use).
 */
package io.github.parallaxlayers.core;
