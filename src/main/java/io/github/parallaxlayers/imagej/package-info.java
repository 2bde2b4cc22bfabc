/**
 * The ImageJ 1.x commands (one per menu entry in plugins.config), each a {@link
 * io.github.parallaxlayers.imagej.ParallaxCommand}: its declaration (options, through {@link
 * io.github.parallaxlayers.imagej.CommandOptions} and the option groups {@link
 * io.github.parallaxlayers.imagej.ImageInput}, {@link io.github.parallaxlayers.imagej.SegmenterOptions}, {@link
 * io.github.parallaxlayers.imagej.FillOptions}, {@link io.github.parallaxlayers.imagej.NetworkOptions}, {@link
 * io.github.parallaxlayers.imagej.SceneOptions}) and its work
 * (call the algorithm, show the result); the Point Mask Tool; ImagePlus ⇄ plate/mask/layer-stack bridges ({@code
 * Images}, {@code LayerImages}, {@code MaskStacks}); the {@code layers=} choice of the mask commands ({@code
 * LayerSelection}); the Layer Manager window, which watches commands' progress ({@code ImageJProgress}) and marks a
 * layer stack built before its masks changed ({@code MaskStackFingerprint}). The only package, with headless, that
 * uses ImageJ.
 */
package io.github.parallaxlayers.imagej;
