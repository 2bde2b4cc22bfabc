package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.PlateCamera;
import io.github.parallaxlayers.layers.DisplayRgb;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A layer stack as {@code layers.exr}: per layer R, G, B (scene-linear, premultiplied by A), A and Z (the card's
 * distance from the camera in scene units, the glTF scene's units), cropped to the layer's bounding box inside the
 * full frame, after the filled plate (R, G, B), the first part. Every part carries the reference camera ({@code worldToCamera},
 * {@code worldToNDC}, {@code pinholeFocalLength}, {@code sensorOverallDimensions}) and Rec. 709 chromaticities.
 */
public final class LayerStackExr {
    public static final String FILE = "layers.exr";
    /** The filled plate's part (or channel prefix). */
    public static final String PLATE = "plate-filled";
    /**
     * In the single-part file a layer's depth is its own layer, {@code <layer>-depth.Z}: Blender (3.4) reads a
     * layer of at most four channels, and R, G, B, A fill it.
     */
    public static final String DEPTH_SUFFIX = "-depth";
    private static final List<String> LAYER_CHANNELS = List.of("R", "G", "B", "A", "Z");
    private static final List<String> PLATE_CHANNELS = List.of("R", "G", "B");
    /** The single-part file's default layer: the composite, unprefixed. */
    public static final List<String> COMPOSITE_CHANNELS = List.of("R", "G", "B", "A");

    private LayerStackExr() {
    }

    /** @param layers the layers to write, front first, none of them empty */
    public static void write(LayerStack stack, List<Layer> layers, PlateCamera camera, ExrSettings settings,
                             Path file, ProgressListener progress) throws IOException {
        List<ExrPart> parts = settings.layout() == ExrLayout.MULTIPART
                ? parts(stack, layers, camera, settings.transfer())
                : List.of(singlePart(stack, layers, camera, settings.transfer()));
        ExrWriter.write(file, parts, settings.layout() == ExrLayout.MULTIPART, settings.precision(),
                settings.compression(), progress);
    }

    /**
     * The names parts (and channel prefixes) get: the layer's name, dots made underscores, cut to 200 bytes, made
     * unique.
     */
    public static List<String> partNames(List<Layer> layers) {
        Set<String> used = new HashSet<>(Set.of(PLATE));
        List<String> names = new ArrayList<>();
        for (Layer layer : layers) {
            String base = layer.name().strip().replace('.', '_');
            if (base.isEmpty()) {
                base = "layer";
            }
            // OpenEXR channel names hold at most 255 bytes: room is left for "-depth.Z" and a "-NN" suffix
            while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
                base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
            }
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.add(name);
        }
        return names;
    }

    static List<ExrPart> parts(LayerStack stack, List<Layer> layers, PlateCamera camera, ExrTransfer transfer) {
        Samples samples = new Samples(stack, transfer);
        List<String> names = partNames(layers);
        Map<String, ExrAttribute> attributes = attributes(camera);
        List<ExrPart> parts = new ArrayList<>();
        // The full-frame plate first: readers that show one part show it, and Blender 3.4 crashes on a multi-part
        // file whose first part's data window is smaller than the frame.
        int fw = stack.frameWidth();
        int fh = stack.frameHeight();
        int mx = stack.marginX();
        int my = stack.marginY();
        parts.add(new ExrPart(PLATE, fw, fh, new Box(0, 0, fw, fh),
                PLATE_CHANNELS, (c, y, row) -> samples.plateRow(c, y, 0, row), attributes));
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            Box b = layer.bounds();
            // the display window is the frame; with overscan a layer's data window reaches beyond it (negative
            // coordinates on the left and top), as compositors expect of overscan
            Box data = new Box(b.x() - mx, b.y() - my, b.width(), b.height());
            parts.add(new ExrPart(names.get(k), fw, fh, data, LAYER_CHANNELS,
                    (c, y, row) -> samples.layerRow(layer, c, y + my, b.x(), row), attributes));
        }
        return parts;
    }

    static ExrPart singlePart(LayerStack stack, List<Layer> layers, PlateCamera camera, ExrTransfer transfer) {
        Samples samples = new Samples(stack, transfer);
        List<String> names = partNames(layers);
        List<String> channels = new ArrayList<>();
        for (String name : names) {
            LAYER_CHANNELS.forEach(c -> channels.add((c.equals("Z") ? name + DEPTH_SUFFIX : name) + "." + c));
        }
        PLATE_CHANNELS.forEach(c -> channels.add(PLATE + "." + c));
        // GIMP's loader (and any reader that knows no layers) reads the unprefixed R, G, B, A, and fails on a file
        // without them: they hold the layers composited over each other, the plate as the layers show it
        channels.addAll(COMPOSITE_CHANNELS);
        int perLayer = LAYER_CHANNELS.size();
        int plateStart = layers.size() * perLayer;
        int compositeStart = plateStart + PLATE_CHANNELS.size();
        int mx = stack.marginX();
        int my = stack.marginY();
        int fw = stack.frameWidth();
        int fh = stack.frameHeight();
        ExrPart.Pixels pixels = (c, displayY, row) -> {
            int y = displayY + my; // the row of the layer canvas
            if (c >= compositeStart) {
                composite(samples, layers, c - compositeStart, y, row);
                return;
            }
            int k = c / perLayer;
            java.util.Arrays.fill(row, 0);
            if (k == layers.size()) {
                // the plate covers the frame only; the data window's overscan is empty in its channels
                if (displayY >= 0 && displayY < fh) {
                    float[] inside = new float[fw];
                    samples.plateRow(c - plateStart, displayY, 0, inside);
                    System.arraycopy(inside, 0, row, mx, fw);
                }
                return;
            }
            // outside its bounding box a layer is transparent: zero colour, alpha and depth
            Box b = layers.get(k).bounds();
            if (y >= b.y() && y < b.y() + b.height()) {
                float[] inside = new float[b.width()];
                samples.layerRow(layers.get(k), c % perLayer, y, b.x(), inside);
                System.arraycopy(inside, 0, row, b.x(), b.width());
            }
        };
        return new ExrPart("layers", fw, fh, new Box(-mx, -my, stack.width(), stack.height()),
                channels, pixels, attributes(camera));
    }

    /**
     * Channel c (R, G, B premultiplied, or A) of row y of the layers composited "over" back to front in linear
     * light: v = P + (1 − a) · v per layer, P its premultiplied colour; alpha the same way.
     */
    private static void composite(Samples samples, List<Layer> layers, int c, int y, float[] row) {
        java.util.Arrays.fill(row, 0);
        for (int k = layers.size() - 1; k >= 0; k--) {
            Layer layer = layers.get(k);
            Box b = layer.bounds();
            if (y < b.y() || y >= b.y() + b.height()) {
                continue;
            }
            float[] value = new float[b.width()];
            float[] alpha = new float[b.width()];
            samples.layerRow(layer, c, y, b.x(), value);
            samples.layerRow(layer, 3, y, b.x(), alpha);
            for (int x = 0; x < b.width(); x++) {
                row[b.x() + x] = value[x] + (1 - alpha[x]) * row[b.x() + x];
            }
        }
    }

    static Map<String, ExrAttribute> attributes(PlateCamera camera) {
        Map<String, ExrAttribute> a = new LinkedHashMap<>();
        // Rec. 709 / sRGB primaries and D65 white: the plate's own (an sRGB image) or the assumed ones
        a.put("chromaticities", ExrAttribute.ofChromaticities(0.64f, 0.33f, 0.30f, 0.60f, 0.15f, 0.06f,
                0.3127f, 0.3290f));
        a.put("worldToCamera", ExrAttribute.ofM44f(camera.worldToCamera()));
        a.put("worldToNDC", ExrAttribute.ofM44f(camera.worldToNdc()));
        a.put("pinholeFocalLength", ExrAttribute.ofFloat((float) camera.focalLength()));
        a.put("sensorOverallDimensions", ExrAttribute.ofV2f((float) camera.filmBackWidth(),
                (float) camera.filmBackHeight()));
        a.put("fieldOfViewVertical", ExrAttribute.ofFloat((float) camera.verticalFov()));
        a.put("fieldOfViewHorizontal", ExrAttribute.ofFloat((float) camera.horizontalFov()));
        return a;
    }

    /** Linear sample rows of the stack's layers and filled plate, through one lookup table of the transfer. */
    private static final class Samples {
        private final int width;
        private final int plateWidth;
        private final float[] table;
        private final boolean sixteen;
        private final int[] plate8;
        private final short[][] plate16;

        Samples(LayerStack stack, ExrTransfer transfer) {
            width = stack.width();
            plateWidth = stack.filled().width();
            table = transfer.table(stack.coding());
            sixteen = stack.coding() != null;
            plate8 = sixteen ? null : DisplayRgb.of(stack.filled());
            plate16 = sixteen ? stack.coding().encode(stack.filled()) : null;
        }

        /** Channel c (R, G, B premultiplied; A; Z) of the layer's row y from x0 on. */
        void layerRow(Layer layer, int c, int y, int x0, float[] row) {
            int[] argb = layer.argb();
            int start = y * width + x0;
            if (c == 4) {
                java.util.Arrays.fill(row, (float) layer.depthHint());
                return;
            }
            for (int x = 0; x < row.length; x++) {
                int p = argb[start + x];
                float alpha = (p >>> 24) / 255f;
                if (c == 3) {
                    row[x] = alpha;
                } else if (alpha == 0) {
                    row[x] = 0;
                } else {
                    float v = sixteen ? table[layer.rgb16()[c][start + x] & 0xffff] : table[p >> 16 - 8 * c & 0xff];
                    row[x] = v * alpha;
                }
            }
        }

        void plateRow(int c, int y, int x0, float[] row) {
            int start = y * plateWidth + x0;
            for (int x = 0; x < row.length; x++) {
                row[x] = sixteen ? table[plate16[c][start + x] & 0xffff] : table[plate8[start + x] >> 16 - 8 * c & 0xff];
            }
        }
    }
}
