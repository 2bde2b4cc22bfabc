package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * The reference camera and card look of the glTF scene.
 *
 * @param verticalFov the plate camera's vertical field of view in degrees (about 40° for a 35 mm lens on a
 *                    full-frame sensor in landscape)
 * @param alpha       blended soft edges, or a hard alpha mask
 */
public record SceneSettings(double verticalFov, GltfWriter.AlphaMode alpha) {
    public static final SceneSettings DEFAULT = new SceneSettings(40, GltfWriter.AlphaMode.BLEND);

    public SceneSettings {
        if (!(verticalFov > 1 && verticalFov < 179)) {
            throw new InvalidInputException("fov= is the camera's vertical field of view in degrees, between 1 and "
                    + "179; got " + verticalFov + ".");
        }
    }
}
