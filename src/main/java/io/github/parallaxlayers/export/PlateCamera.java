package io.github.parallaxlayers.export;

/**
 * The reference camera the cards are made for, in the glTF scene's frame: at the origin, looking down −Z with +Y
 * up, with the plate's vertical field of view and aspect. Other formats that carry a camera (OpenEXR attributes,
 * the Nuke script) describe this same camera. A physical camera needs a film back: a 36 mm wide one (full frame) is
 * assumed, its height following the plate's aspect, and the focal length follows from the field of view.
 */
public record PlateCamera(double verticalFov, double aspect) {
    /** Film back width in millimetres (full frame). */
    public static final double FILM_BACK_WIDTH_MM = 36;

    /** The scene's camera: a matched camera's field of view replaces {@code fov=}, as in the glTF scene. */
    public static PlateCamera of(SceneSettings scene, int width, int height) {
        double fov = scene.camera() == null ? scene.verticalFov() : scene.camera().verticalFov();
        return new PlateCamera(fov, width / (double) height);
    }

    public double filmBackWidth() {
        return FILM_BACK_WIDTH_MM;
    }

    public double filmBackHeight() {
        return FILM_BACK_WIDTH_MM / aspect;
    }

    /** Focal length in millimetres that gives the vertical field of view on the film back. */
    public double focalLength() {
        return filmBackHeight() / (2 * Math.tan(Math.toRadians(verticalFov) / 2));
    }

    public double horizontalFov() {
        return Math.toDegrees(2 * Math.atan(Math.tan(Math.toRadians(verticalFov) / 2) * aspect));
    }

    /**
     * World to OpenEXR camera space (left-handed, +z the viewing direction, +y up): the scene's −Z becomes +z.
     * Row vectors, as OpenEXR and Imath multiply: p_camera = p_world · M.
     */
    public double[][] worldToCamera() {
        return new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, -1, 0}, {0, 0, 0, 1}};
    }

    /**
     * World to OpenEXR normalized device coordinates: (0, 0) the top-left and (1, 1) the bottom-right corner of the
     * frame (y down). p · M gives homogeneous (X, Y, Z, W) with W the distance in front of the camera; x = X / W,
     * y = Y / W (Z / W = 1 / distance, not used).
     */
    public double[][] worldToNdc() {
        double tanV = Math.tan(Math.toRadians(verticalFov) / 2);
        double tanH = tanV * aspect;
        return new double[][] {
                {1 / (2 * tanH), 0, 0, 0},
                {0, -1 / (2 * tanV), 0, 0},
                {-0.5, -0.5, 0, -1},
                {0, 0, 1, 0}};
    }
}
