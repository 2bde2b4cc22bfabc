package io.github.parallaxlayers.export;

import io.github.parallaxlayers.geometry.Camera;

/**
 * The reference camera the cards are made for, in the glTF scene's frame: without a matched camera at the origin,
 * looking down −Z with +Y up, the view axis through the frame's centre; with one (Match Camera) at its height, with
 * its tilt and roll and its principal point, exactly where the glTF scene puts it. Other formats that carry a
 * camera (OpenEXR attributes, the Nuke script) describe this same camera. A physical camera needs a film back: a
 * 36 mm wide one (full frame) is assumed, its height following the plate's aspect, and the focal length follows
 * from the field of view.
 *
 * @param verticalFov vertical field of view in degrees
 * @param aspect      frame width / height
 * @param principalX  where the view axis meets the frame, as a fraction of its width (½: the centre)
 * @param principalY  as principalX, of the height from the top
 * @param rotation    camera-to-world rotation, row-major, glTF axes (x right, y up, looking down −z)
 * @param position    the camera's position in the scene
 */
public record PlateCamera(double verticalFov, double aspect, double principalX, double principalY,
                          double[][] rotation, double[] position) {
    /** Film back width in millimetres (full frame). */
    public static final double FILM_BACK_WIDTH_MM = 36;

    /** A level camera at the origin with the view axis through the frame's centre. */
    public PlateCamera(double verticalFov, double aspect) {
        this(verticalFov, aspect, 0.5, 0.5, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3]);
    }

    /** The scene's camera: a matched camera (its field of view, pose and principal point) replaces {@code fov=}. */
    public static PlateCamera of(SceneSettings scene, int width, int height) {
        Camera matched = scene.camera();
        if (matched == null) {
            return new PlateCamera(scene.verticalFov(), width / (double) height);
        }
        return new PlateCamera(matched.verticalFov(), width / (double) height, matched.principalX() / width,
                matched.principalY() / height, matched.rotation(),
                new double[] {matched.position().x(), matched.position().y(), matched.position().z()});
    }

    /** Whether the camera stands at the origin, level, looking through the frame's centre. */
    public boolean atOrigin() {
        double[][] r = rotation;
        return principalX == 0.5 && principalY == 0.5 && position[0] == 0 && position[1] == 0 && position[2] == 0
                && r[0][0] == 1 && r[1][1] == 1 && r[2][2] == 1 && r[0][1] == 0 && r[0][2] == 0 && r[1][0] == 0
                && r[1][2] == 0 && r[2][0] == 0 && r[2][1] == 0;
    }

    /** The tilt (pitch, positive up) and roll in degrees of the rotation Rx(tilt) · Rz(roll) (geometry.Camera). */
    public double[] tiltAndRoll() {
        double tilt = Math.toDegrees(Math.atan2(-rotation[1][2], rotation[2][2]));
        double roll = Math.toDegrees(Math.atan2(-rotation[0][1], rotation[0][0]));
        return new double[] {tilt, roll};
    }

    /** A point given in the camera's frame (glTF axes, scene units) in the scene's frame: position + R · p. */
    public double[] toWorld(double x, double y, double z) {
        double[] p = {x, y, z};
        double[] out = position.clone();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i] += rotation[i][j] * p[j];
            }
        }
        return out;
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
     * World to the glTF camera's axes, row vectors (p_camera = p_world · M): the inverse of the camera's pose,
     * Rᵀ(p − position), written as p · R with the translation row −position · R.
     */
    private double[][] worldToGltfCamera() {
        double[][] m = new double[4][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[i][j] = rotation[i][j];
                m[3][j] -= position[i] * rotation[i][j];
            }
        }
        m[3][3] = 1;
        return m;
    }

    /**
     * World to OpenEXR camera space (left-handed, +z the viewing direction, +y up): the camera's −Z becomes +z.
     * Row vectors, as OpenEXR and Imath multiply: p_camera = p_world · M.
     */
    public double[][] worldToCamera() {
        double[][] m = worldToGltfCamera();
        for (double[] row : m) {
            row[2] = -row[2];
        }
        return m;
    }

    /**
     * World to OpenEXR normalized device coordinates: (0, 0) the top-left and (1, 1) the bottom-right corner of the
     * frame (y down). p · M gives homogeneous (X, Y, Z, W) with W the distance in front of the camera; x = X / W,
     * y = Y / W (Z / W = 1 / distance, not used).
     */
    public double[][] worldToNdc() {
        double tanV = Math.tan(Math.toRadians(verticalFov) / 2);
        double tanH = tanV * aspect;
        double[][] projection = {
                {1 / (2 * tanH), 0, 0, 0},
                {0, -1 / (2 * tanV), 0, 0},
                {-principalX, -principalY, 0, -1},
                {0, 0, 1, 0}};
        return multiply(worldToGltfCamera(), projection);
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    out[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return out;
    }
}
