package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.geometry.CardPlane;

import java.util.List;

/**
 * A reference view with its true depth and the true views to synthesise from it.
 *
 * @param name           scene name (folder name)
 * @param camera         the pinhole camera every view shares
 * @param rgb            the reference image, packed RGB
 * @param inverseDepth   1 / planar depth of the reference, NaN where unknown (what Auto Layers and the card read)
 * @param depth          planar depth of the reference with unknown pixels filled from the farther neighbour in
 *                       their row (what the warp and the visibility test read)
 * @param views          the targets
 * @param tolerance      when a target point agrees with the reference depth
 * @param ground         the ground plane in the reference camera's frame when the scene knows it (rendered scenes:
 *                       the camera's height and pose; on a real plate Match Camera gives it), else null
 */
public record ViewScene(String name, PinholeCamera camera, int[] rgb, float[] inverseDepth, float[] depth,
                        List<TargetView> views, Visibility.Tolerance tolerance, CardPlane ground) {
    public ViewScene {
        views = List.copyOf(views);
    }

    /** A scene whose ground is not known. */
    public ViewScene(String name, PinholeCamera camera, int[] rgb, float[] inverseDepth, float[] depth,
                     List<TargetView> views, Visibility.Tolerance tolerance) {
        this(name, camera, rgb, inverseDepth, depth, views, tolerance, null);
    }
}
