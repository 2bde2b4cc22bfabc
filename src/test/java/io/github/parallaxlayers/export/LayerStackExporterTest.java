package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerStackExporterTest {

    @TempDir
    Path temp;

    /** A 16×8 grey gradient plate with a 4×4 front layer, an empty layer, and a full background. */
    private static LayerStack stack() {
        byte[] grey = new byte[16 * 8];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) (i % 16 * 16);
        }
        Plate plate = Plate.gray8(16, 8, grey);
        Mask front = Mask.empty(16, 8);
        for (int y = 2; y < 6; y++) {
            for (int x = 3; x < 7; x++) {
                front.set(x, y, true);
            }
        }
        byte[] fill = grey.clone();
        for (int y = 2; y < 6; y++) {
            for (int x = 3; x < 7; x++) {
                fill[y * 16 + x] = (byte) 200;
            }
        }
        return LayerStackBuilder.build("plate.png", plate, List.of(front, Mask.empty(16, 8), Mask.full(16, 8)),
                List.of("Front Tree/1", "nothing", "back"), Plate.gray8(16, 8, fill));
    }

    @Test
    void writesLayersMasksFilledPlateAndManifest() throws IOException {
        Path out = temp.resolve("export");
        LayerStackExporter.Result result = LayerStackExporter.export(stack(), out, false, ProgressListener.NONE);
        assertEquals(List.of("Layer 'nothing' is empty and was not exported."), result.notes());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".parallax-export", "layer-01-front-tree-1.png", "layer-02-back.png", "layers.json",
                    "mask-01-front-tree-1.png", "mask-02-back.png", "plate-filled.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        LayersManifest manifest = LayerStackExporter.readManifest(out);
        assertEquals("parallax-layers", manifest.format());
        assertEquals(1, manifest.version());
        assertEquals(new LayersManifest.Source("plate.png", 16, 8), manifest.source());
        assertEquals("Front Tree/1", manifest.layers().get(0).name());
        assertEquals(new LayersManifest.Bounds(3, 2, 4, 4), manifest.layers().get(0).bbox());
        assertEquals(2, manifest.layers().get(1).order());

        BufferedImage front = ImageIO.read(out.resolve("layer-01-front-tree-1.png").toFile());
        assertTrue(front.getColorModel().hasAlpha());
        assertEquals(0xff303030, front.getRGB(3, 2), "plate grey 48 where visible");
        assertEquals(0, front.getRGB(0, 0) >>> 24);
        BufferedImage back = ImageIO.read(out.resolve("layer-02-back.png").toFile());
        assertEquals(0xffc8c8c8, back.getRGB(4, 3), "the fill (200) where the front layer hides the back");
        assertEquals(0xff101010, back.getRGB(1, 0), "the plate elsewhere");
        BufferedImage mask = ImageIO.read(out.resolve("mask-01-front-tree-1.png").toFile());
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, mask.getType());
        assertEquals(255, mask.getRaster().getSample(6, 5, 0));
        assertEquals(0, mask.getRaster().getSample(7, 5, 0));
    }

    @Test
    void sameStackGivesByteIdenticalFiles() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        LayerStackExporter.export(stack(), a, false, ProgressListener.NONE);
        LayerStackExporter.export(stack(), b, false, ProgressListener.NONE);
        try (Stream<Path> files = Files.list(a)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(b.resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void aFailedExportLeavesNothingBehind() throws IOException {
        Path out = temp.resolve("cancelled");
        ProgressListener cancelAtOnce = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(RuntimeException.class, () -> LayerStackExporter.export(stack(), out, false, cancelAtOnce));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "no temporary folder is left");
        }
    }

    @Test
    void existingFolderNeedsOverwriteAndOverwriteReplacesOnlyAnEarlierExport() throws IOException {
        Path out = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(out.resolve("mine.txt"), "keep");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LayerStackExporter.export(stack(), out, false, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("overwrite"));
        e = assertThrows(InvalidInputException.class,
                () -> LayerStackExporter.export(stack(), out, true, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("mine.txt") && e.getMessage().contains("not an earlier"), e.getMessage());
        assertEquals("keep", Files.readString(out.resolve("mine.txt")));
        Files.delete(out.resolve("mine.txt"));
        LayerStackExporter.export(stack(), out, true, ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("layers.json")));
        LayerStackExporter.export(stack(), out, true, ProgressListener.NONE);
        assertTrue(Files.exists(out.resolve("layers.json")), "an earlier export is replaced");
    }

    @Test
    void namesAreSafeOnEveryFileSystem() {
        assertEquals("front-tree-1", FileNames.sanitize("Front Tree/1"));
        assertEquals("cafe-creme", FileNames.sanitize("Café: crème?"));
        assertEquals("layer", FileNames.sanitize("..."));
        assertEquals("layer-con.txt", FileNames.sanitize("CON.txt"));
    }
}
