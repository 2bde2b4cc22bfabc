package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.SampleCoding;
import io.github.parallaxlayers.layers.SixteenBitDisplay;
import io.github.parallaxlayers.mask.Box;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a folder written by {@link LayerStackExporter} back into a layer stack. */
public final class PngFolderImporter {

    private PngFolderImporter() {
    }

    /** The matched camera the folder's {@code layers.json} holds, or null (read after {@link #read} accepted it). */
    public static io.github.parallaxlayers.geometry.Camera camera(Path folder) {
        try {
            return LayerStackExporter.camera(LayerStackExporter.readManifest(folder));
        } catch (IOException e) {
            throw new InvalidInputException(folder.resolve(LayerStackExporter.MANIFEST) + " is not a valid layers.json ("
                    + e.getMessage() + ").");
        }
    }

    public static LayerStack read(Path folder) {
        Path manifestFile = folder.resolve(LayerStackExporter.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidInputException(folder.toAbsolutePath() + " has no " + LayerStackExporter.MANIFEST
                    + ": choose a folder written by Export Layer Stack.");
        }
        LayersManifest manifest;
        try {
            manifest = ManifestFile.readValidated(folder);
        } catch (IOException e) {
            throw new InvalidInputException(manifestFile + " is not a valid layers.json (" + e.getMessage()
                    .lines().findFirst().orElse("") + ").");
        }
        int fw = manifest.source().width();
        int fh = manifest.source().height();
        // the layer canvas: the frame, or larger with overscan (layer bounds and images are in its pixels)
        int w = manifest.overscan() == null ? fw : manifest.overscan().width();
        int h = manifest.overscan() == null ? fh : manifest.overscan().height();
        LayersManifest.SampleRange range = manifest.sampleRange();
        SampleCoding coding = range == null ? null : new SampleCoding(range.min(), range.max());
        List<int[]> argbs = new ArrayList<>();
        List<short[][]> planes = new ArrayList<>();
        for (LayersManifest.Entry entry : manifest.layers()) {
            LayersManifest.Bounds region = entry.image() == null ? new LayersManifest.Bounds(0, 0, w, h) : entry.image();
            Raster part = readSized(folder.resolve(entry.files().rgba()), region.width(), region.height());
            if (part.getNumBands() != 4) {
                throw new InvalidInputException(folder.resolve(entry.files().rgba()) + " has " + part.getNumBands()
                        + " channels: layer images are RGBA PNGs (red, green, blue, alpha).");
            }
            int[] argb = new int[w * h];
            short[][] rgb16 = coding == null ? null : new short[3][w * h];
            int scale = (1 << part.getSampleModel().getSampleSize(0)) - 1;
            int[] px = new int[4];
            for (int y = 0; y < region.height(); y++) {
                for (int x = 0; x < region.width(); x++) {
                    part.getPixel(x, y, px);
                    int i = (region.y() + y) * w + region.x() + x;
                    int alpha = to8(px[3], scale);
                    if (alpha == 0) {
                        continue;
                    }
                    argb[i] = alpha << 24 | to8(px[0], scale) << 16 | to8(px[1], scale) << 8 | to8(px[2], scale);
                    if (rgb16 != null) {
                        for (int c = 0; c < 3; c++) {
                            rgb16[c][i] = (short) (scale == 255 ? px[c] * 257 : px[c]);
                        }
                    }
                }
            }
            argbs.add(argb);
            planes.add(rgb16 == null ? null : sharedIfGrey(rgb16));
        }
        if (coding != null) {
            SixteenBitDisplay.paintAll(argbs, planes);
        }
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < manifest.layers().size(); l++) {
            LayersManifest.Entry entry = manifest.layers().get(l);
            LayersManifest.Bounds b = entry.bbox();
            layers.add(new Layer(entry.name(), argbs.get(l), b == null ? null : new Box(b.x(), b.y(), b.width(), b.height()),
                    entry.depthHint(), entry.history() == null ? List.of() : entry.history(), planes.get(l),
                    LayerStackExporter.card(entry)));
        }
        Plate filled = readFilledPlate(folder.resolve(manifest.plateFilled()), fw, fh, coding != null);
        return new LayerStack(manifest.source().name(), w, h, layers, filled,
                manifest.history() == null ? List.of() : manifest.history(), coding, fw, fh);
    }

    /**
     * A 16-bit stack's filled plate comes back as 16-bit codes — grey, or 16-bit colour from a 16-bit RGB file — or
     * as 8-bit RGB when it was written in 8 bits; an 8-bit stack's as 8-bit RGB, from an 8- or a 16-bit file.
     */
    private static Plate readFilledPlate(Path file, int w, int h, boolean sixteenBit) {
        Raster raster = readSized(file, w, h);
        int scale = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int bands = raster.getNumBands();
        if (sixteenBit && scale == 65535 && bands <= 2) {
            short[] grey = new short[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    grey[y * w + x] = (short) raster.getSample(x, y, 0);
                }
            }
            return new Plate(w, h, io.github.parallaxlayers.core.PixelType.GRAY16, grey);
        }
        if (sixteenBit && scale == 65535) {
            short[][] planes = new short[3][w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    for (int c = 0; c < 3; c++) {
                        planes[c][y * w + x] = (short) raster.getSample(x, y, c);
                    }
                }
            }
            return Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        }
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = to8(raster.getSample(x, y, 0), scale);
                int g = bands >= 3 ? to8(raster.getSample(x, y, 1), scale) : r;
                int b = bands >= 3 ? to8(raster.getSample(x, y, 2), scale) : r;
                rgb[y * w + x] = r << 16 | g << 8 | b;
            }
        }
        return Plate.rgb(w, h, rgb);
    }

    /** A sample of 8 or 16 bits as 8 bits (16-bit values that are 8-bit ones × 257 come back exactly). */
    private static int to8(int sample, int scale) {
        return scale == 255 ? sample : (sample * 255 + 32767) / 65535;
    }

    private static short[][] sharedIfGrey(short[][] planes) {
        if (java.util.Arrays.equals(planes[0], planes[1]) && java.util.Arrays.equals(planes[0], planes[2])) {
            return new short[][] {planes[0], planes[0], planes[0]};
        }
        return planes;
    }

    private static Raster readSized(Path file, int w, int h) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + " (" + e.getMessage() + ").");
        }
        if (image == null) {
            throw new InvalidInputException(file + " is missing or not a PNG image.");
        }
        if (image.getWidth() != w || image.getHeight() != h) {
            throw new InvalidInputException(file + " is " + image.getWidth() + "x" + image.getHeight() + " but "
                    + "layers.json says it covers " + w + "x" + h + " px.");
        }
        int bits = image.getSampleModel().getSampleSize(0);
        if (bits != 8 && bits != 16 || image.getColorModel() instanceof java.awt.image.IndexColorModel) {
            throw new InvalidInputException(file + " is a " + bits + "-bit" + (image.getColorModel()
                    instanceof java.awt.image.IndexColorModel ? " palette" : "") + " PNG; layer images are 8- or "
                    + "16-bit grey, RGB or RGBA PNGs as Export Layer Stack writes them.");
        }
        return image.getRaster();
    }
}
