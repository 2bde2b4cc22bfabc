package io.github.parallaxlayers.eval.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rendered scenes as scripts/blender/render_scenes.py writes them: per scene folder a camera.json (width, height,
 * vertical_fov_degrees, views: name, move, amount, image, depth, relative x/y/z/yaw_degrees), the images and the
 * raw float32 planar depth of every view, and the ground plane in the reference camera's frame ({@code ground}:
 * normal, height; optional). The view named {@code reference} is the reference.
 */
final class RenderedScenes {
    static final String CAMERA = "camera.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RenderedScenes() {
    }

    static List<ViewScene> open(Path root) {
        List<Path> folders = SceneFolders.under(root, folder -> Files.isRegularFile(folder.resolve(CAMERA)),
                "render some with "
                + "scripts/blender/render_scenes.py (each scene folder holds a camera.json).");
        List<ViewScene> scenes = new ArrayList<>();
        for (Path folder : folders) {
            scenes.add(load(folder));
        }
        return scenes;
    }

    private static ViewScene load(Path folder) {
        Path cameraFile = folder.resolve(CAMERA);
        if (!Files.isRegularFile(cameraFile)) {
            throw new InvalidInputException(folder + " has no " + CAMERA + " (the camera calibration): render the "
                    + "scene with scripts/blender/render_scenes.py, or remove the folder from the data set.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(cameraFile.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + cameraFile + " as JSON: " + e.getMessage(), e);
        }
        int w = require(root, "width", cameraFile).asInt();
        int h = require(root, "height", cameraFile).asInt();
        double fov = require(root, "vertical_fov_degrees", cameraFile).asDouble();
        if (w <= 0 || h <= 0 || !(fov > 0 && fov < 180)) {
            throw new InvalidInputException(cameraFile + " gives a " + w + "x" + h + " frame with a " + fov
                    + "° field of view: width and height must be above 0 and the field of view in (0, 180).");
        }
        PinholeCamera camera = new PinholeCamera(w, h, fov);
        JsonNode views = require(root, "views", cameraFile);
        int[] referenceRgb = null;
        float[] referenceDepth = null;
        Path referenceDepthFile = null;
        List<TargetView> targets = new ArrayList<>();
        for (JsonNode v : views) {
            String name = require(v, "name", cameraFile).asText();
            Path imageFile = folder.resolve(require(v, "image", cameraFile).asText());
            BufferedImage image = ImageReading.read(imageFile);
            ImageReading.checkSize(image, imageFile, w, h, cameraFile.getFileName() + "'s frame");
            Path depthFile = folder.resolve(require(v, "depth", cameraFile).asText());
            float[] depth = ImageReading.rawFloats(depthFile, w, h);
            if ("reference".equals(name)) {
                referenceRgb = ImageReading.rgb(image);
                referenceDepth = depth;
                referenceDepthFile = depthFile;
                continue;
            }
            JsonNode rel = require(v, "relative", cameraFile);
            Pose pose = new Pose(require(rel, "x", cameraFile).asDouble(), require(rel, "y", cameraFile).asDouble(),
                    require(rel, "z", cameraFile).asDouble(),
                    Math.toRadians(require(rel, "yaw_degrees", cameraFile).asDouble()));
            targets.add(new TargetView(name, require(v, "move", cameraFile).asText(),
                    require(v, "amount", cameraFile).asDouble(), pose, ImageReading.rgb(image), depth));
        }
        if (referenceRgb == null) {
            throw new InvalidInputException(cameraFile + " lists no view named 'reference': the benchmark needs the "
                    + "reference view with its depth.");
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException(cameraFile + " lists only the reference view: add the moved views.");
        }
        float[] inverse = new float[w * h];
        int known = 0;
        for (int i = 0; i < inverse.length; i++) {
            float d = referenceDepth[i];
            inverse[i] = d > 0 && Float.isFinite(d) ? 1f / d : Float.NaN;
            if (inverse[i] == inverse[i]) {
                known++;
            }
        }
        if (known < inverse.length) {
            throw new InvalidInputException(referenceDepthFile + " has " + (inverse.length - known)
                    + " pixels without a finite depth above 0: a rendered scene needs geometry (a sky box) behind "
                    + "every pixel.");
        }
        return new ViewScene(folder.getFileName().toString(), camera, referenceRgb, inverse, referenceDepth, targets,
                new Visibility.Tolerance(0.02, 0), ground(root.get("ground"), cameraFile));
    }

    /** The ground plane in the reference camera's frame (optional: renders before it was written lack it). */
    private static CardPlane ground(JsonNode ground, Path file) {
        if (ground == null || ground.isNull()) {
            return null;
        }
        JsonNode normal = require(ground, "normal", file);
        if (!normal.isArray() || normal.size() != 3) {
            throw new InvalidInputException(file + " gives a ground normal that is not 3 numbers: render the scene "
                    + "again with scripts/blender/render_scenes.py.");
        }
        return CardPlane.ground(new Vec3(normal.get(0).asDouble(), normal.get(1).asDouble(), normal.get(2).asDouble()),
                require(ground, "height", file).asDouble());
    }

    private static JsonNode require(JsonNode node, String key, Path file) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new InvalidInputException(file + " has no '" + key + "': write it with "
                    + "scripts/blender/render_scenes.py (see docs/evaluation.md, 2.5D fidelity).");
        }
        return v;
    }
}
