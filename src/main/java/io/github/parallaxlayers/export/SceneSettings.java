package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * How the cards are made: the reference camera of the glTF scene, the alpha mode, and whether each layer's
 * images are cropped to its bounding box.
 *
 * @param crop        crop layer images (PNG, mask, ORA layer, glTF card) to the layer's bounds plus {@code margin}
 * @param margin      px kept around the bounds when cropping
 * @param verticalFov the plate camera's vertical field of view in degrees (about 40° for a 35 mm lens on a
 *                    full-frame sensor in landscape)
 * @param alpha       blended soft edges, or a hard alpha mask
 * @param camera      the plate's matched camera (Match Camera), or null: its field of view replaces
 *                    {@code verticalFov}, and the scene places the camera and the cards at its height and rotation
 */
public record SceneSettings(double verticalFov, AlphaMode alpha, boolean crop, int margin,
                            io.github.parallaxlayers.geometry.Camera camera) {
    public static final SceneSettings DEFAULT = new SceneSettings(40, AlphaMode.BLEND);

    public SceneSettings(double verticalFov, AlphaMode alpha) {
        this(verticalFov, alpha, false, 0);
    }

    public SceneSettings(double verticalFov, AlphaMode alpha, boolean crop, int margin) {
        this(verticalFov, alpha, crop, margin, null);
    }

    /** The same settings with the plate's matched camera (its field of view replaces fov=). */
    public SceneSettings withCamera(io.github.parallaxlayers.geometry.Camera matched) {
        return new SceneSettings(matched == null ? verticalFov : matched.verticalFov(), alpha, crop, margin, matched);
    }

    public SceneSettings {
        if (margin < 0) {
            throw new InvalidInputException("margin= must be zero or positive (px); got " + margin + ".");
        }
        if (!(verticalFov > 1 && verticalFov < 179)) {
            throw new InvalidInputException("fov= is the camera's vertical field of view in degrees, between 1 and "
                    + "179; got " + verticalFov + ".");
        }
    }
}
