package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.parallaxlayers.core.PluginInfo;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.DisplayRgb;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.SampleCoding;
import io.github.parallaxlayers.layers.SixteenBitDisplay;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a layer stack as a folder: {@code layer-NN-<name>.png} (RGBA, straight alpha, 8 or 16 bits per channel),
 * {@code mask-NN-<name>.png}
 * (8-bit, white = visible, for Unreal's opacity mask), {@code plate-filled.png} and {@code layers.json}.
 * Layers are numbered from 01 at the front. The same stack always gives byte-identical files.
 */
public final class PngFolderExporter {
    public static final String MANIFEST = "layers.json";
    public static final String PLATE_FILLED = "plate-filled.png";

    // Readers ignore fields they do not know, so later versions may add fields without breaking older readers.
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PngFolderExporter() {
    }

    /** What an export wrote and what it chose to skip. */
    public record Result(Path folder, LayersManifest manifest, List<String> notes) {
    }

    public static Result export(LayerStack stack, Path folder, boolean overwrite, ProgressListener progress) {
        return export(stack, folder, overwrite, ExportFormat.PNG, null, progress);
    }

    /**
     * Writes the PNG folder and {@code layers.json} (always), plus the other formats asked for, all into one
     * folder that appears only when complete.
     *
     * @param extra writes what only the caller can write (ImageJ's TIFF), into the temporary folder; may be null
     */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, ExportFormat format,
                                AtomicFolder.Writer extra, ProgressListener progress) {
        return export(stack, folder, overwrite, format, SceneSettings.DEFAULT, extra, progress);
    }

    /** As above, with the glTF scene's camera and card settings. */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, ExportFormat format,
                                SceneSettings scene, AtomicFolder.Writer extra, ProgressListener progress) {
        return export(stack, folder, overwrite, format, scene, ExportBits.AUTO, extra, progress);
    }

    /** As above, with the bits per channel of the PNG folder. */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, ExportFormat format,
                                SceneSettings scene, ExportBits bits, AtomicFolder.Writer extra,
                                ProgressListener progress) {
        return export(stack, folder, overwrite, java.util.List.of(), format, scene, bits, extra, progress);
    }

    /**
     * As above; {@code keep} are files that must survive (those of the images open in ImageJ): a folder holding
     * one is refused even with {@code overwrite}.
     */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, java.util.Collection<Path> keep,
                                ExportFormat format, SceneSettings scene, ExportBits bits, AtomicFolder.Writer extra,
                                ProgressListener progress) {
        List<String> notes = new ArrayList<>();
        LayersManifest manifest = plan(stack, scene, bits.resolve(stack), notes);
        if (manifest.bitsPerChannel() == 16 && format != ExportFormat.PNG && format != ExportFormat.TIFF) {
            notes.add("At 16 bits the OpenRaster layers and the glTF textures are the 16-bit layer PNGs; the "
                    + "Photoshop file and the OpenRaster merged image and thumbnail hold the 8-bit view. Export with "
                    + "bits=8 for tools that want 8-bit textures.");
        }
        AtomicFolder.write(folder, overwrite, keep, dir -> {
            writePngs(stack, manifest, dir, progress.stage(0, 0.6));
            // The flattened image is shared by the OpenRaster and Photoshop files.
            int[] merged = format.includes(ExportFormat.ORA) || format.includes(ExportFormat.PSD)
                    ? OraWriter.composite(stack, nonEmpty(stack)) : null;
            if (format.includes(ExportFormat.ORA)) {
                progress.checkCancelled();
                OraWriter.write(stack, manifest, merged, dir.resolve(OraWriter.FILE));
            }
            if (format.includes(ExportFormat.GLTF)) {
                progress.checkCancelled();
                GltfWriter.write(stack, manifest, dir, scene.verticalFov(), scene.alpha());
            }
            if (format.includes(ExportFormat.GLB)) {
                progress.checkCancelled();
                GltfWriter.writeBinary(stack, manifest, dir, scene.verticalFov(), scene.alpha());
            }
            if (format.includes(ExportFormat.PSD)) {
                progress.checkCancelled();
                PsdWriter.write(stack, merged, dir.resolve(PsdWriter.FILE));
            }
            if (extra != null) {
                progress.checkCancelled();
                extra.writeInto(dir);
            }
            JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
            progress.progress(1, "Export complete");
        });
        return new Result(folder.toAbsolutePath().normalize(), manifest, notes);
    }

    /** File names and bounds for every non-empty layer; empty layers are noted and left out. */
    static LayersManifest plan(LayerStack stack, SceneSettings scene, int bits, List<String> notes) {
        List<LayersManifest.Entry> entries = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        int order = 0;
        for (Layer layer : stack.layers()) {
            if (layer.bounds() == null) {
                notes.add("Layer '" + layer.name() + "' is empty and was not exported.");
                continue;
            }
            order++;
            String base = uniqueName(FileNames.sanitize(layer.name()), usedNames);
            String number = String.format("%02d", order);
            Box b = layer.bounds();
            Box image = scene.crop() ? b.grownWithin(scene.margin(), stack.width(), stack.height())
                    : new Box(0, 0, stack.width(), stack.height());
            entries.add(new LayersManifest.Entry(layer.name(), order, layer.depthHint(),
                    new LayersManifest.Bounds(b.x(), b.y(), b.width(), b.height()),
                    new LayersManifest.Bounds(image.x(), image.y(), image.width(), image.height()),
                    new LayersManifest.Files("layer-" + number + "-" + base + ".png",
                            "mask-" + number + "-" + base + ".png"), layer.history()));
        }
        return new LayersManifest(LayersManifest.FORMAT, LayersManifest.VERSION,
                new LayersManifest.Generator(PluginInfo.name(), PluginInfo.version()),
                new LayersManifest.Source(stack.sourceName(), stack.width(), stack.height()), bits,
                bits == 16 && stack.coding() != null
                        ? new LayersManifest.SampleRange(stack.coding().min(), stack.coding().max()) : null,
                PLATE_FILLED, stack.history(), entries);
    }

    private static void writePngs(LayerStack stack, LayersManifest manifest, Path dir, ProgressListener progress)
            throws IOException {
        int w = stack.width();
        int h = stack.height();
        List<Layer> layers = nonEmpty(stack);
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        int total = 2 * layers.size() + 1;
        // Encoding is the cost, and the files are independent: both cores encode.
        java.util.stream.IntStream.range(0, total).parallel().forEach(task -> {
            try {
                if (task == total - 1) {
                    writeFilledPlate(stack, manifest.bitsPerChannel(), dir.resolve(PLATE_FILLED));
                } else {
                    progress.checkCancelled();
                    Layer layer = layers.get(task / 2);
                    LayersManifest.Entry entry = manifest.layers().get(task / 2);
                    if (task % 2 == 0 && manifest.bitsPerChannel() == 16) {
                        SixteenBitPng.writeRgba(rgb16(layer), layer.argb(), w, box(entry.image()),
                                dir.resolve(entry.files().rgba()));
                    } else if (task % 2 == 0) {
                        writeArgb(layer.argb(), w, box(entry.image()), dir.resolve(entry.files().rgba()));
                    } else {
                        writeAlpha(layer.argb(), w, box(entry.image()), dir.resolve(entry.files().mask()));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            progress.progress(written.incrementAndGet() / (double) total, "Exported PNG files");
        });
    }

    /**
     * The filled plate at the export's depth: 16-bit codes of the stack's coding (an 8-bit plate × 257), or the 8-bit
     * view — for a 16-bit stack through the window its layers are shown with, so plate and layers match.
     */
    private static void writeFilledPlate(LayerStack stack, int bits, Path file) throws IOException {
        Plate filled = stack.filled();
        SampleCoding coding = stack.coding() == null ? SampleCoding.IDENTITY : stack.coding();
        if (bits == 16) {
            SixteenBitPng.writePlate(coding.encode(filled), filled.width(), filled.height(), file);
        } else if (stack.coding() == null) {
            writeRgb(DisplayRgb.of(filled), filled.width(), filled.height(), file);
        } else {
            int[] window = SixteenBitDisplay.window(stack.layers().stream().map(Layer::argb).toList(),
                    stack.layers().stream().map(Layer::rgb16).toList());
            short[][] codes = coding.encode(filled);
            int[] rgb = new int[filled.size()];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = SixteenBitDisplay.toByte(codes[0][i], window) << 16
                        | SixteenBitDisplay.toByte(codes[1][i], window) << 8 | SixteenBitDisplay.toByte(codes[2][i], window);
            }
            writeRgb(rgb, filled.width(), filled.height(), file);
        }
    }

    /** A layer's 16-bit colour: its own, or its 8-bit colour × 257. */
    private static short[][] rgb16(Layer layer) {
        if (layer.sixteenBit()) {
            return layer.rgb16();
        }
        return SampleCoding.IDENTITY.encode(Plate.rgb(layer.argb().length, 1,
                layer.argb()));
    }

    /** The layers that are exported, in the manifest's order. */
    static List<Layer> nonEmpty(LayerStack stack) {
        return stack.layers().stream().filter(l -> l.bounds() != null).toList();
    }

    public static LayersManifest readManifest(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(MANIFEST).toFile(), LayersManifest.class);
    }

    private static String uniqueName(String base, Set<String> used) {
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    static Box box(LayersManifest.Bounds b) {
        return new Box(b.x(), b.y(), b.width(), b.height());
    }

    /** The part {@code region} of a plate-size ARGB layer as an RGBA PNG. */
    static void writeArgb(int[] argb, int stride, Box region, Path file) throws IOException {
        BufferedImage image = new BufferedImage(region.width(), region.height(), BufferedImage.TYPE_INT_ARGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < region.height(); y++) {
            System.arraycopy(argb, (region.y() + y) * stride + region.x(), data, y * region.width(), region.width());
        }
        write(image, file);
    }

    private static void writeAlpha(int[] argb, int stride, Box region, Path file) throws IOException {
        BufferedImage image = new BufferedImage(region.width(), region.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < region.height(); y++) {
            int row = (region.y() + y) * stride + region.x();
            for (int x = 0; x < region.width(); x++) {
                data[y * region.width() + x] = (byte) (argb[row + x] >>> 24);
            }
        }
        write(image, file);
    }

    private static void writeRgb(int[] rgb, int w, int h, Path file) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(rgb, 0, data, 0, rgb.length);
        write(image, file);
    }

    static void write(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(image, out);
        }
    }

    /**
     * PNG at a low deflate level (quality 0.75 → level 2): the JDK writer's default (level 9) costs several
     * times the time for files only a little smaller, which matters at 4K × 8 layers.
     */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
