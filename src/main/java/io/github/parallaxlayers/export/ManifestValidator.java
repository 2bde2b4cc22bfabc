package io.github.parallaxlayers.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks a (possibly hand-edited) {@code layers.json} against its documented schema (docs/layers-json.md) before
 * it is used, so that a missing key, a wrong type or a meaningless value is reported as one line naming the file
 * and the first offending key, never as a NullPointerException or the JSON parser's internals.
 */
final class ManifestValidator {
    private static final String SEE = " (see docs/layers-json.md).";

    private final Path file;

    private ManifestValidator(Path file) {
        this.file = file;
    }

    /** Parses and validates {@code file}; returns the tree, ready to bind to {@link LayersManifest}. */
    static JsonNode read(Path file, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(file + " is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + firstLine(e.getOriginalMessage())
                    + ". Fix the file or export the layer stack again.");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + " (" + e.getMessage() + ").");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(file + " is empty: export the layer stack again.");
        }
        new ManifestValidator(file).check(root);
        return root;
    }

    private void check(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw bad("the top level", "must be a JSON object");
        }
        String format = text(root, "format", "format", false);
        if (!LayersManifest.FORMAT.equals(format)) {
            throw new InvalidInputException(file + " is format '" + format + "'; Parallax Layers reads '"
                    + LayersManifest.FORMAT + "' folders written by Export Layer Stack.");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw bad("version", "must be an integer");
        }
        if (version.intValue() != LayersManifest.VERSION) {
            throw new InvalidInputException(file + " is version " + version.intValue() + "; this version of "
                    + "Parallax Layers reads version " + LayersManifest.VERSION + ".");
        }
        JsonNode source = object(root, "source", "source", false);
        text(source, "name", "source.name", true);
        int frameWidth = integer(source, "width", "source.width", 1, 1 << 20);
        int frameHeight = integer(source, "height", "source.height", 1, 1 << 20);
        // layer bounds and images are in the layer canvas: the frame, or the frame and its margins with overscan
        int width = frameWidth;
        int height = frameHeight;
        JsonNode overscan = object(root, "overscan", "overscan", true);
        if (overscan != null) {
            int marginX = integer(overscan, "margin_x", "overscan.margin_x", 0, 1 << 20);
            int marginY = integer(overscan, "margin_y", "overscan.margin_y", 0, 1 << 20);
            width = integer(overscan, "width", "overscan.width", 1, 1 << 21);
            height = integer(overscan, "height", "overscan.height", 1, 1 << 21);
            if (width != frameWidth + 2 * marginX || height != frameHeight + 2 * marginY) {
                throw bad("overscan", "says the layer canvas is " + width + "x" + height + " but the " + frameWidth
                        + "x" + frameHeight + " frame with margins of " + marginX + " and " + marginY + " px per side "
                        + "makes it " + (frameWidth + 2 * marginX) + "x" + (frameHeight + 2 * marginY));
            }
        }
        JsonNode bits = root.get("bits_per_channel");
        if (bits != null && !bits.isNull() && !(bits.isIntegralNumber() && (bits.intValue() == 8 || bits.intValue() == 16))) {
            throw bad("bits_per_channel", "must be 8 or 16");
        }
        JsonNode range = object(root, "sample_range", "sample_range", true);
        if (range != null) {
            double min = number(range, "min", "sample_range.min");
            double max = number(range, "max", "sample_range.max");
            if (!(max > min)) {
                throw bad("sample_range", "needs max greater than min");
            }
        }
        fileName(root, "plate_filled", "plate_filled");
        strings(root, "history", "history");
        JsonNode layers = root.get("layers");
        if (layers == null || layers.isNull()) {
            throw bad("layers", "is missing: it lists the layers, front first");
        }
        if (!layers.isArray()) {
            throw bad("layers", "must be an array of layers");
        }
        if (layers.isEmpty()) {
            throw bad("layers", "is empty: a layer stack needs at least one layer");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            String at = "layers[" + i + "]";
            JsonNode layer = layers.get(i);
            if (!layer.isObject()) {
                throw bad(at, "must be an object");
            }
            String name = text(layer, "name", at + ".name", false);
            if (name.isBlank()) {
                throw bad(at + ".name", "is empty: every layer needs a name");
            }
            if (!names.add(name)) {
                throw bad(at + ".name", "'" + name + "' is used by an earlier layer: layer names must differ");
            }
            JsonNode order = layer.get("order");
            if (order != null && !order.isNull() && !order.isIntegralNumber()) {
                throw bad(at + ".order", "must be an integer");
            }
            JsonNode depth = layer.get("depth_hint");
            if (depth == null || depth.isNull() || !depth.isNumber()) {
                throw bad(at + ".depth_hint", "must be a number (the card's distance from the camera)");
            }
            if (!(depth.doubleValue() > 0) || !Double.isFinite(depth.doubleValue())) {
                throw bad(at + ".depth_hint", "is " + depth.asText() + ": a depth is the card's distance from the "
                        + "camera, a finite number > 0, as Set Layer Depth requires");
            }
            box(layer, "bbox", at + ".bbox", width, height);
            box(layer, "image", at + ".image", width, height);
            JsonNode files = object(layer, "files", at + ".files", false);
            fileName(files, "rgba", at + ".files.rgba");
            fileName(files, "mask", at + ".files.mask");
            strings(layer, "history", at + ".history");
            card(layer.get("card"), at + ".card");
        }
    }

    /** A layer's card, when present: a known kind, a normal of three finite numbers not all 0, a finite distance. */
    private void card(JsonNode card, String at) {
        if (card == null || card.isNull()) {
            return;
        }
        if (!card.isObject()) {
            throw bad(at, "must be an object {kind, normal, distance, units}");
        }
        String kind = text(card, "kind", at + ".kind", false);
        if (java.util.Arrays.stream(io.github.parallaxlayers.geometry.CardKind.values())
                .noneMatch(k -> k.label().equals(kind))) {
            throw bad(at + ".kind", "is '" + kind + "'; it must be one of " + io.github.parallaxlayers.core.Labeled
                    .labels(io.github.parallaxlayers.geometry.CardKind.class));
        }
        JsonNode normal = card.get("normal");
        if (normal == null || !normal.isArray() || normal.size() != 3) {
            throw bad(at + ".normal", "must be an array of three numbers (the plane's normal x, y, z)");
        }
        double length = 0;
        for (JsonNode v : normal) {
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw bad(at + ".normal", "must hold three finite numbers");
            }
            length += v.doubleValue() * v.doubleValue();
        }
        if (!(length > 0)) {
            throw bad(at + ".normal", "is (0, 0, 0): a plane needs a normal of non-zero length");
        }
        JsonNode distance = card.get("distance");
        if (distance == null || !distance.isNumber() || !Double.isFinite(distance.doubleValue())) {
            throw bad(at + ".distance", "must be a finite number (the plane's distance from the camera)");
        }
        text(card, "units", at + ".units", true);
    }

    private InvalidInputException bad(String key, String problem) {
        return new InvalidInputException(file + ": " + key + " " + problem + SEE);
    }

    private String text(JsonNode parent, String key, String path, boolean nullable) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (nullable) {
                return null;
            }
            throw bad(path, node == null ? "is missing" : "is null; it must be a string");
        }
        if (!node.isTextual()) {
            throw bad(path, "must be a string, not " + node.getNodeType().toString().toLowerCase());
        }
        return node.textValue();
    }

    private JsonNode object(JsonNode parent, String key, String path, boolean nullable) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (nullable) {
                return null;
            }
            throw bad(path, "is missing");
        }
        if (!node.isObject()) {
            throw bad(path, "must be an object");
        }
        return node;
    }

    private int integer(JsonNode parent, String key, String path, int min, int max) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw bad(path, node == null ? "is missing" : "must be an integer");
        }
        if (node.intValue() < min || node.intValue() > max) {
            throw bad(path, "is " + node.intValue() + ": it must lie between " + min + " and " + max);
        }
        return node.intValue();
    }

    private double number(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw bad(path, node == null ? "is missing" : "must be a finite number");
        }
        return node.doubleValue();
    }

    /** A file in the export folder itself: a plain name, never a path that leads elsewhere. */
    private void fileName(JsonNode parent, String key, String path) {
        String name = text(parent, key, path, false);
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw bad(path, "'" + name + "' must be the name of a file in the folder itself");
        }
    }

    private void strings(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            throw bad(path, "must be an array of strings");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw bad(path + "[" + i + "]", "must be a string");
            }
        }
    }

    private void box(JsonNode parent, String key, String path, int width, int height) {
        JsonNode node = object(parent, key, path, true);
        if (node == null) {
            return;
        }
        int x = integer(node, "x", path + ".x", 0, width - 1);
        int y = integer(node, "y", path + ".y", 0, height - 1);
        integer(node, "width", path + ".width", 1, width - x);
        integer(node, "height", path + ".height", 1, height - y);
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable").trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
