package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a folder written by {@link PngFolderExporter} back into a layer stack. */
public final class PngFolderImporter {

    private PngFolderImporter() {
    }

    public static LayerStack read(Path folder) {
        Path manifestFile = folder.resolve(PngFolderExporter.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InvalidInputException(folder.toAbsolutePath() + " has no " + PngFolderExporter.MANIFEST
                    + ": choose a folder written by Export Layer Stack.");
        }
        LayersManifest manifest;
        try {
            manifest = PngFolderExporter.readManifest(folder);
        } catch (IOException e) {
            throw new InvalidInputException(manifestFile + " is not a valid layers.json (" + e.getMessage() + ").");
        }
        if (!LayersManifest.FORMAT.equals(manifest.format()) || manifest.version() != LayersManifest.VERSION) {
            throw new InvalidInputException(manifestFile + " is format '" + manifest.format() + "' version "
                    + manifest.version() + "; this version of Parallax Layers reads '" + LayersManifest.FORMAT
                    + "' version " + LayersManifest.VERSION + ".");
        }
        int w = manifest.source().width();
        int h = manifest.source().height();
        List<Layer> layers = new ArrayList<>();
        for (LayersManifest.Entry entry : manifest.layers()) {
            LayersManifest.Bounds region = entry.image() == null ? new LayersManifest.Bounds(0, 0, w, h) : entry.image();
            BufferedImage part = readSized(folder.resolve(entry.files().rgba()), region.width(), region.height());
            int[] argb = new int[w * h];
            part.getRGB(0, 0, region.width(), region.height(), argb, region.y() * w + region.x(), w);
            LayersManifest.Bounds b = entry.bbox();
            layers.add(new Layer(entry.name(), argb, b == null ? null : new Box(b.x(), b.y(), b.width(), b.height()),
                    entry.depthHint(), entry.history() == null ? List.of() : entry.history()));
        }
        int[] filled = readSized(folder.resolve(manifest.plateFilled()), w, h).getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < filled.length; i++) {
            filled[i] &= 0xffffff;
        }
        return new LayerStack(manifest.source().name(), w, h, layers, Plate.rgb(w, h, filled),
                manifest.history() == null ? List.of() : manifest.history());
    }

    private static BufferedImage readSized(Path file, int w, int h) {
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
        return image;
    }
}
