package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Blender camera as the import script reports it, and where it puts a world point in a width × height
 * frame. Blender's rules: the camera looks down its local −Z with +Y up; the sensor size applies to the
 * frame's width (sensor_fit HORIZONTAL, or AUTO on a landscape frame) or its height (VERTICAL, or AUTO on a
 * portrait frame), and the other extent follows the frame's aspect ratio.
 */
record BlenderCamera(double[][] world, double tanHalfWidth, double tanHalfHeight, int width, int height) {

    static BlenderCamera of(JsonNode object, int width, int height) {
        JsonNode cam = object.get("camera");
        assertEquals("PERSP", cam.get("type").asText());
        assertEquals(0, cam.get("shift_x").asDouble(), 0);
        assertEquals(0, cam.get("shift_y").asDouble(), 0);
        String fit = cam.get("sensor_fit").asText();
        boolean horizontal = fit.equals("HORIZONTAL") || fit.equals("AUTO") && width >= height;
        double sensor = fit.equals("VERTICAL") ? cam.get("sensor_height").asDouble()
                : cam.get("sensor_width").asDouble();
        double tan = sensor / 2 / cam.get("lens").asDouble();
        double aspect = width / (double) height;
        double[][] m = new double[4][4];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                m[r][c] = object.get("matrix_world").get(r).get(c).asDouble();
            }
        }
        return horizontal ? new BlenderCamera(m, tan, tan / aspect, width, height)
                : new BlenderCamera(m, tan * aspect, tan, width, height);
    }

    /** Pixel x, y (0,0 = the frame's top-left corner) and the distance along the view axis. */
    double[] project(double x, double y, double z) {
        double[] d = {x - world[0][3], y - world[1][3], z - world[2][3]};
        // the camera's rotation is orthonormal: its inverse is its transpose
        double[] local = new double[3];
        for (int c = 0; c < 3; c++) {
            double norm = Math.sqrt(world[0][c] * world[0][c] + world[1][c] * world[1][c] + world[2][c] * world[2][c]);
            assertEquals(1, norm, 1e-5, "camera axes are unscaled");
            local[c] = (world[0][c] * d[0] + world[1][c] * d[1] + world[2][c] * d[2]) / norm;
        }
        double distance = -local[2];
        double px = (local[0] / distance / tanHalfWidth + 1) / 2 * width;
        double py = (1 - local[1] / distance / tanHalfHeight) / 2 * height;
        return new double[] {px, py, distance};
    }
}
