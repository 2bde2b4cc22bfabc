package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelFile;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.segment.SegmenterBackend;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Layer Manager of one plate shows and does, without a window: the plate's mask stack (the click tool's
 * {@code <plate>-layers}, or the newest mask stack made from it, such as {@code <plate>-layers-refined}) as rows, front
 * first; and every button as the command it runs with its options — the same line a macro would hold, which the
 * window runs through {@link RecordedCommand} so the Macro Recorder gets it.
 */
final class LayerManagerModel {
    /** One layer as the manager lists it. */
    record Row(String name, double depth, int pixels, String provenance) {
    }

    /** A command with its options (a macro line). */
    record Step(String command, String options) {
        String macroLine() {
            return RecordedCommand.line(command, options);
        }
    }

    private final ImagePlus plate;

    LayerManagerModel(ImagePlus plate) {
        if (plate == null) {
            throw new InvalidInputException("The Layer Manager needs a plate: open an image and select it first.");
        }
        this.plate = plate;
    }

    ImagePlus plate() {
        return plate;
    }

    /** The title of the mask stack the click tool adds to. */
    String toolStackTitle() {
        return PointMaskTool.stackTitle(plate);
    }

    /** The newest open mask stack of this plate (the tool's, or one made from it), or null. */
    ImagePlus masks() {
        ImagePlus best = null;
        for (int id : ids()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image != plate && image.getTitle().startsWith(toolStackTitle())
                    && MaskStackLayers.isMaskStack(image) && image.getWidth() == plate.getWidth()
                    && image.getHeight() == plate.getHeight()
                    && (best == null || image.getID() < best.getID())) { // newer images have lower ids
                best = image;
            }
        }
        return best;
    }

    /** The newest open layer stack built from this plate (Build Layer Stack's {@code <plate>-layers…}), or null. */
    ImagePlus built() {
        ImagePlus best = null;
        for (int id : ids()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && LayerImages.isLayerStack(image) && image.getTitle().startsWith(toolStackTitle())
                    && (best == null || image.getID() < best.getID())) {
                best = image;
            }
        }
        return best;
    }

    /** The newest open filled plate of this plate ({@code <plate>-filled…}), or null. */
    ImagePlus filled() {
        ImagePlus best = null;
        String prefix = plate.getShortTitle() + "-filled";
        for (int id : ids()) {
            ImagePlus image = WindowManager.getImage(id);
            if (image != null && image.getTitle().startsWith(prefix) && (best == null || image.getID() < best.getID())) {
                best = image;
            }
        }
        return best;
    }

    private static int[] ids() {
        int[] ids = WindowManager.getIDList();
        return ids == null ? new int[0] : ids;
    }

    /** The rows of the mask stack, front first; empty when there is none yet. */
    List<Row> rows() {
        ImagePlus masks = masks();
        if (masks == null) {
            return List.of();
        }
        return rows(masks);
    }

    static List<Row> rows(ImagePlus masks) {
        ImageStack stack = masks.getStack();
        double[] depths = MaskStacks.depths(masks);
        List<String> names = Images.layerNames(masks);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= stack.getSize(); i++) {
            byte[] pixels = (byte[]) stack.getPixels(i);
            int count = 0;
            for (byte p : pixels) {
                count += p != 0 ? 1 : 0;
            }
            List<String> history = Images.layerHistory(stack.getSliceLabel(i));
            double depth = depths != null && i - 1 < depths.length ? depths[i - 1] : i;
            rows.add(new Row(names.get(i - 1), depth, count, history.isEmpty() ? "" : history.get(0)));
        }
        return rows;
    }

    /**
     * A small RGB picture of the layer: its bounding box (with a margin) scaled into a square, the plate where the
     * mask is on and a checkerboard elsewhere; an empty mask shows the whole frame.
     */
    static int[] thumbnail(ImagePlus plate, byte[] mask, int width, int height, int size) {
        Box box = Box.around(width, height, i -> mask[i] != 0);
        if (box == null) {
            box = new Box(0, 0, width, height);
        }
        int x0 = box.x();
        int y0 = box.y();
        int x1 = box.maxX();
        int y1 = box.maxY();
        int margin = Math.max(2, Math.max(x1 - x0, y1 - y0) / 20);
        x0 = Math.max(0, x0 - margin);
        y0 = Math.max(0, y0 - margin);
        x1 = Math.min(width - 1, x1 + margin);
        y1 = Math.min(height - 1, y1 + margin);
        int bw = x1 - x0 + 1;
        int bh = y1 - y0 + 1;
        double scale = Math.max(bw, bh) / (double) size;
        int tw = Math.max(1, Math.min(size, (int) Math.round(bw / scale)));
        int th = Math.max(1, Math.min(size, (int) Math.round(bh / scale)));
        int[] rgb = new int[size * size];
        java.util.Arrays.fill(rgb, 0x404040);
        int ox = (size - tw) / 2;
        int oy = (size - th) / 2;
        int[] colours = (int[]) plate.getProcessor().convertToRGB().getPixels();
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int sx = Math.min(x1, x0 + (int) (x * scale));
                int sy = Math.min(y1, y0 + (int) (y * scale));
                boolean on = mask[sy * width + sx] != 0;
                int checker = ((x / 4 + y / 4) & 1) == 0 ? 0x9A9A9A : 0x6A6A6A;
                rgb[(y + oy) * size + x + ox] = on ? colours[sy * width + sx] & 0xFFFFFF : checker;
            }
        }
        return rgb;
    }

    // The steps each button runs. Names and titles go in brackets so spaces and commas survive.

    Step delete(String stack, String layer) {
        return new Step("Delete Layer", "stack=[" + stack + "] layer=[" + layer + "]");
    }

    /** Moves a layer one place to the front (up) or back (down); null when it is already at that end. */
    Step move(String stack, List<Row> rows, int index, boolean up) {
        int position = index + 1 + (up ? -1 : 1);
        if (index < 0 || index >= rows.size() || position < 1 || position > rows.size()) {
            return null;
        }
        return new Step("Reorder Layers", "stack=[" + stack + "] layer=[" + rows.get(index).name() + "] position="
                + position);
    }

    Step rename(String stack, String layer, String name) {
        return new Step("Rename Layer", "stack=[" + stack + "] layer=[" + layer + "] name=[" + name + "]");
    }

    Step depth(String stack, String layer, double depth) {
        return new Step("Set Layer Depth", "stack=[" + stack + "] layer=[" + layer + "] depth="
                + CommandOptions.format(depth));
    }

    Step fill(String masks) {
        return fill(masks, "");
    }

    /** Fill Masked Area over the given layers ({@link LayerSelection}; empty = all). */
    Step fill(String masks, String layers) {
        return new Step("Fill Masked Area", "plate=[" + plate.getTitle() + "] mask=[" + masks + "]"
                + (layers.isEmpty() ? "" : " layers=[" + layers + "]"));
    }

    /** Why the newest built stack is out of date with the masks shown, or null ({@link MaskStackFingerprint}). */
    String staleBuild() {
        ImagePlus built = built();
        return built == null ? null : MaskStackFingerprint.staleReason(built, masks());
    }

    /** Build Layer Stack from the plate, the mask stack and (when there is one) the filled plate, with a background. */
    Step build(String masks, String filled) {
        return build(masks, "", filled);
    }

    /** Build Layer Stack over the given layers ({@link LayerSelection}; empty = all). */
    Step build(String masks, String layers, String filled) {
        return new Step("Build Layer Stack", "plate=[" + plate.getTitle() + "] masks=[" + masks + "]"
                + (layers.isEmpty() ? "" : " layers=[" + layers + "]")
                + (filled == null ? "" : " filled=[" + filled + "]") + " background=[background]");
    }

    Step preview(String built) {
        return new Step("Parallax Preview", "stack=[" + built + "]");
    }

    Step export(String built, String folder, String format, boolean overwrite) {
        return new Step("Export Layer Stack", "stack=[" + built + "] folder=[" + folder + "] format=" + format
                + (overwrite ? " overwrite" : ""));
    }

    /**
     * One line on the learned backend the click tool uses: embedded (nothing to download), the model present in
     * the store, or the command that downloads it; and the device after any fall-back to the CPU.
     */
    static String backendState(PointMaskTool.Settings s, String deviceInUse) {
        SegmenterBackend backend = s.backend();
        boolean fromFile = s.modelFile() != null && !s.modelFile().isBlank();
        String device = deviceInUse == null || deviceInUse.isEmpty() ? "" : "; " + deviceInUse;
        if (fromFile) {
            return "Click tool: SAM model from " + s.modelFile() + " (device " + s.device().label() + ")" + device;
        }
        if (backend.modelId() == null) {
            return "Click tool: " + backend.label() + " (embedded, no model needed)";
        }
        ModelEntry entry = ModelRegistry.builtIn().get(backend.modelId());
        ModelStore store = ModelStore.current();
        for (ModelFile file : entry.files()) {
            if (!Files.isRegularFile(store.pathOf(entry, file))) {
                return String.format(Locale.ROOT, "Click tool: %s is not installed; download it with: "
                        + "parallax-layers models download %s (or Plugins › Parallax Layers › Models › Download "
                        + "Models)", backend.label(), entry.id());
            }
        }
        return "Click tool: " + backend.label() + " installed in " + store.folderOf(entry) + " (device "
                + s.device().label() + ")" + device;
    }
}
