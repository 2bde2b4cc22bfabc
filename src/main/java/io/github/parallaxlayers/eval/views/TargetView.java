package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

/**
 * One true view to synthesise from the reference.
 *
 * @param name   the view's stable name ({@code stereo}, {@code truck+}, {@code orbit-15} …)
 * @param move   the kind of move ({@code stereo}, {@code truck}, {@code pedestal}, {@code dolly}, {@code orbit})
 * @param amount its signed size: scene units, degrees for orbits, the baseline (1) for stereo
 * @param pose   the camera in the reference camera's frame
 * @param rgb    the true image, packed RGB
 * @param depth  its planar depth (NaN where unknown), for the visibility test
 */
public record TargetView(String name, String move, double amount, Pose pose, int[] rgb, float[] depth) {
}
