package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.Camera;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The matched camera carried by a plate or a layer stack as one image property line ({@code parallax.camera}:
 * {@code key=value} pairs, so it survives a TIFF save), written by Match Camera and Place Layers on Ground and read
 * by Place Layers on Ground, Parallax Preview and Export Layer Stack.
 */
final class CameraProperty {
    static final String PROPERTY = "parallax.camera";

    private CameraProperty() {
    }

    static void set(ImagePlus image, Camera c) {
        image.setProp(PROPERTY, String.format(Locale.ROOT,
                "width=%d height=%d fov=%s principal_x=%s principal_y=%s tilt=%s roll=%s eye_height=%s units=%s",
                c.width(), c.height(), c.verticalFov(), c.principalX(), c.principalY(), c.tilt(), c.roll(),
                c.eyeHeight(), c.units()));
    }

    /** The camera the image carries, or null. */
    static Camera get(ImagePlus image) {
        String text = image.getProp(PROPERTY);
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                v.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            return new Camera(Integer.parseInt(v.get("width")), Integer.parseInt(v.get("height")),
                    Double.parseDouble(v.get("fov")), Double.parseDouble(v.get("principal_x")),
                    Double.parseDouble(v.get("principal_y")), Double.parseDouble(v.get("tilt")),
                    Double.parseDouble(v.get("roll")), Double.parseDouble(v.get("eye_height")), v.get("units"));
        } catch (RuntimeException e) {
            throw new InvalidInputException("'" + image.getTitle() + "' has a damaged " + PROPERTY + " property ('"
                    + text + "'): run Match Camera on the plate again.");
        }
    }
}
