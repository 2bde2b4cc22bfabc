package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.PluginInfo;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.exr.ExrSettings;
import io.github.parallaxlayers.export.exr.LayerStackExr;
import io.github.parallaxlayers.layers.DisplayRgb;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.SampleCoding;
import io.github.parallaxlayers.layers.SixteenBitDisplay;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;

import java.io.IOException;
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
public final class LayerStackExporter {
    public static final String MANIFEST = ManifestFile.NAME;
    public static final String PLATE_FILLED = "plate-filled.png";

    private LayerStackExporter() {
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
        return export(stack, folder, overwrite, java.util.List.of(), format, scene, bits, ExrSettings.DEFAULT, extra,
                progress);
    }

    /** As above, with the OpenEXR file's settings. */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, ExportFormat format,
                                SceneSettings scene, ExportBits bits, ExrSettings exr, AtomicFolder.Writer extra,
                                ProgressListener progress) {
        return export(stack, folder, overwrite, java.util.List.of(), format, scene, bits, exr, extra, progress);
    }

    /** As below, with the default OpenEXR settings. */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, java.util.Collection<Path> keep,
                                ExportFormat format, SceneSettings scene, ExportBits bits, AtomicFolder.Writer extra,
                                ProgressListener progress) {
        return export(stack, folder, overwrite, keep, format, scene, bits, ExrSettings.DEFAULT, extra, progress);
    }

    /**
     * As above, with the OpenEXR file's settings; {@code keep} are files that must survive (those of the images open
     * in ImageJ): a folder holding one is refused even with {@code overwrite}.
     */
    public static Result export(LayerStack stack, Path folder, boolean overwrite, java.util.Collection<Path> keep,
                                ExportFormat format, SceneSettings scene, ExportBits bits, ExrSettings exr,
                                AtomicFolder.Writer extra,
                                ProgressListener progress) {
        List<String> notes = new ArrayList<>();
        LayersManifest manifest = plan(stack, scene, bits.resolve(stack), notes);
        if (manifest.bitsPerChannel() == 16 && format != ExportFormat.PNG && format != ExportFormat.TIFF) {
            notes.add("At 16 bits the OpenRaster layers and the glTF textures are the 16-bit layer PNGs; the "
                    + "Photoshop file and the OpenRaster merged image and thumbnail hold the 8-bit view. Export with "
                    + "bits=8 for tools that want 8-bit textures.");
        }
        if (format.includes(ExportFormat.NUKE) || format.includes(ExportFormat.EXR)) {
            PlateCamera camera = PlateCamera.of(scene, stack.frameWidth(), stack.frameHeight());
            notes.add(String.format(java.util.Locale.ROOT, "The %s camera%s: vertical field of view %.2f° (fov=), "
                    + "36 mm wide film back, focal length %.2f mm.", format == ExportFormat.EXR ? "EXR's"
                    : format == ExportFormat.NUKE ? "Nuke script's" : "EXR's and Nuke script's",
                    scene.verticalFov() == SceneSettings.DEFAULT.verticalFov() ? " is the default one" : "",
                    camera.verticalFov(), camera.focalLength()));
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
                GltfWriter.write(stack, manifest, dir, scene);
            }
            if (format.includes(ExportFormat.GLB)) {
                progress.checkCancelled();
                GltfWriter.writeBinary(stack, manifest, dir, scene);
            }
            if (format.includes(ExportFormat.PSD)) {
                progress.checkCancelled();
                PsdWriter.write(stack, merged, dir.resolve(PsdWriter.FILE));
            }
            if (format.includes(ExportFormat.EXR)) {
                progress.checkCancelled();
                LayerStackExr.write(stack, nonEmpty(stack), PlateCamera.of(scene, stack.frameWidth(),
                        stack.frameHeight()), exr, dir.resolve(LayerStackExr.FILE), progress.stage(0.6, 0.9));
            }
            if (format.includes(ExportFormat.NUKE)) {
                NukeScriptWriter.write(stack, manifest, PlateCamera.of(scene, stack.frameWidth(), stack.frameHeight()),
                        dir.resolve(NukeScriptWriter.FILE));
            }
            if (extra != null) {
                progress.checkCancelled();
                extra.writeInto(dir);
            }
            ManifestFile.write(dir, manifest);
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
                            "mask-" + number + "-" + base + ".png"), layer.history(),
                    cardEntry(layer.card(), scene.camera())));
        }
        return new LayersManifest(LayersManifest.FORMAT, LayersManifest.VERSION,
                new LayersManifest.Generator(PluginInfo.name(), PluginInfo.version()),
                new LayersManifest.Source(stack.sourceName(), stack.frameWidth(), stack.frameHeight()), bits,
                bits == 16 && stack.coding() != null
                        ? new LayersManifest.SampleRange(stack.coding().min(), stack.coding().max()) : null,
                PLATE_FILLED, stack.history(),
                LayersManifest.Lens.of(PlateCamera.of(scene, stack.frameWidth(), stack.frameHeight())),
                entries, scene.camera() == null ? null : cameraEntry(scene.camera()),
                stack.hasOverscan() ? new LayersManifest.Overscan(stack.marginX(), stack.marginY(), stack.width(),
                        stack.height()) : null);
    }

    /** A layer's card as {@code layers.json} writes it; null for the upright card at its depth hint. */
    static LayersManifest.Card cardEntry(io.github.parallaxlayers.geometry.CardPlane card,
                                         io.github.parallaxlayers.geometry.Camera camera) {
        if (card == null) {
            return null;
        }
        io.github.parallaxlayers.geometry.Vec3 n = card.normal();
        return new LayersManifest.Card(card.kind().label(), new double[] {n.x(), n.y(), n.z()}, card.distance(),
                camera == null ? "depth_hint" : camera.units());
    }

    /** The card a {@code layers.json} entry holds (validated), or null. */
    static io.github.parallaxlayers.geometry.CardPlane card(LayersManifest.Entry entry) {
        LayersManifest.Card c = entry.card();
        if (c == null) {
            return null;
        }
        return new io.github.parallaxlayers.geometry.CardPlane(io.github.parallaxlayers.core.Labeled.parse(
                io.github.parallaxlayers.geometry.CardKind.class, "card.kind", c.kind()),
                new io.github.parallaxlayers.geometry.Vec3(c.normal()[0], c.normal()[1], c.normal()[2]), c.distance());
    }

    /** The matched camera as {@code layers.json} writes it. */
    static LayersManifest.CameraEntry cameraEntry(io.github.parallaxlayers.geometry.Camera c) {
        io.github.parallaxlayers.geometry.Vec3 p = c.position();
        return new LayersManifest.CameraEntry(c.verticalFov(), c.horizontalFov(),
                new LayersManifest.Point(c.principalX(), c.principalY()), new double[] {p.x(), p.y(), p.z()},
                c.quaternion(), c.tilt(), c.roll(), new LayersManifest.Horizon(c.horizonY(0), c.horizonY(c.width())),
                c.eyeHeight(), c.units());
    }

    /** The camera a {@code layers.json} holds, for a plate of the manifest's size; null when it has none. */
    public static io.github.parallaxlayers.geometry.Camera camera(LayersManifest manifest) {
        LayersManifest.CameraEntry e = manifest.camera();
        if (e == null) {
            return null;
        }
        // tilt and roll are stored directly; the quaternion is for 3D tools
        return new io.github.parallaxlayers.geometry.Camera(manifest.source().width(), manifest.source().height(),
                e.fov(), e.principalPoint().x(), e.principalPoint().y(), e.tilt(), e.roll(), e.height(), e.units());
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
                        PngEncoder.writeArgb(layer.argb(), w, box(entry.image()), dir.resolve(entry.files().rgba()));
                    } else {
                        PngEncoder.writeAlpha(layer.argb(), w, box(entry.image()), dir.resolve(entry.files().mask()));
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
            PngEncoder.writeRgb(DisplayRgb.of(filled), filled.width(), filled.height(), file);
        } else {
            int[] window = SixteenBitDisplay.window(stack.layers().stream().map(Layer::argb).toList(),
                    stack.layers().stream().map(Layer::rgb16).toList());
            short[][] codes = coding.encode(filled);
            int[] rgb = new int[filled.size()];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = SixteenBitDisplay.toByte(codes[0][i], window) << 16
                        | SixteenBitDisplay.toByte(codes[1][i], window) << 8 | SixteenBitDisplay.toByte(codes[2][i], window);
            }
            PngEncoder.writeRgb(rgb, filled.width(), filled.height(), file);
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
        return ManifestFile.read(folder);
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
}
