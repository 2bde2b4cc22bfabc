package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.SampleCoding;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PNG folder at 16 bits: exact values in the files, in layers.json, and back through the importer. */
class SixteenBitExportTest {
    private static final int W = 12;
    private static final int H = 8;

    @TempDir
    Path temp;

    private static LayerStack stack16() {
        short[] v = new short[W * H];
        short[] fill = new short[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (300 + 641 * i);
            fill[i] = (short) (i % W < 4 ? 50000 + i : v[i]);
        }
        Mask front = Mask.empty(W, H);
        for (int y = 2; y < 6; y++) {
            for (int x = 0; x < 4; x++) {
                front.set(x, y, true);
            }
        }
        return LayerStackBuilder.build("deep.tif", new Plate(W, H, PixelType.GRAY16, v), List.of(front, full()),
                List.of("front", "back"), new Plate(W, H, PixelType.GRAY16, fill));
    }

    private static Mask full() {
        return Mask.full(W, H);
    }

    private static Raster read(Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        return image.getRaster();
    }

    @Test
    void sixteenBitStackWritesSixteenBitPngsWithItsExactValues() throws Exception {
        LayerStack stack = stack16();
        Path out = temp.resolve("deep");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT, ExportBits.AUTO, null, ProgressListener.NONE);
        assertEquals(16, result.manifest().bitsPerChannel());
        assertEquals(new LayersManifest.SampleRange(0, 65535), result.manifest().sampleRange());
        for (int l = 0; l < 2; l++) {
            Layer layer = stack.layers().get(l);
            Raster png = read(out.resolve(result.manifest().layers().get(l).files().rgba()));
            assertEquals(16, png.getSampleModel().getSampleSize(0));
            assertEquals(4, png.getNumBands());
            for (int i = 0; i < W * H; i++) {
                int alpha = png.getSample(i % W, i / W, 3);
                boolean shown = layer.argb()[i] >>> 24 != 0;
                assertEquals(shown ? 65535 : 0, alpha);
                for (int c = 0; c < 3; c++) {
                    assertEquals(shown ? layer.rgb16()[c][i] & 0xffff : 0, png.getSample(i % W, i / W, c));
                }
            }
        }
        Raster plate = read(out.resolve(LayerStackExporter.PLATE_FILLED));
        assertEquals(1, plate.getNumBands());
        assertEquals(16, plate.getSampleModel().getSampleSize(0));
        short[] fill = (short[]) stack.filled().pixels();
        for (int i = 0; i < W * H; i++) {
            assertEquals(fill[i] & 0xffff, plate.getSample(i % W, i / W, 0));
        }
        assertTrue(java.nio.file.Files.readString(out.resolve("layers.json")).contains("\"bits_per_channel\" : 16"));
    }

    @Test
    void importGivesBackTheSameSixteenBitStack() {
        LayerStack stack = stack16();
        Path out = temp.resolve("round");
        LayerStackExporter.export(stack, out, false, ExportFormat.PNG, SceneSettings.DEFAULT, ExportBits.AUTO, null,
                ProgressListener.NONE);
        LayerStack back = PngFolderImporter.read(out);
        assertEquals(SampleCoding.IDENTITY, back.coding());
        for (int l = 0; l < 2; l++) {
            Layer a = stack.layers().get(l);
            Layer b = back.layers().get(l);
            assertArrayEquals(a.argb(), b.argb(), "8-bit view of layer " + l);
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(a.rgb16()[c], b.rgb16()[c], "16-bit channel " + c + " of layer " + l);
            }
            assertEquals(a.bounds(), b.bounds());
        }
        assertEquals(PixelType.GRAY16, back.filled().type());
        assertArrayEquals((short[]) stack.filled().pixels(), (short[]) back.filled().pixels());
    }

    @Test
    void croppedSixteenBitCardsComeBackInPlace() throws Exception {
        LayerStack stack = stack16();
        Path out = temp.resolve("cropped");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                new SceneSettings(40, AlphaMode.BLEND, true, 1), ExportBits.AUTO, null,
                ProgressListener.NONE);
        assertEquals(new LayersManifest.Bounds(0, 1, 5, 6), result.manifest().layers().get(0).image(),
                "the 4 × 4 front square at (0, 2) grown by 1 px within the frame");
        Raster front = read(out.resolve(result.manifest().layers().get(0).files().rgba()));
        assertEquals(5, front.getWidth());
        assertEquals(300 + 641 * (2 * W + 0), front.getSample(0, 1, 0), "plate (0, 2) at the crop's (0, 1)");
        LayerStack back = PngFolderImporter.read(out);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(stack.layers().get(l).rgb16()[0], back.layers().get(l).rgb16()[0], "layer " + l);
            assertArrayEquals(stack.layers().get(l).argb(), back.layers().get(l).argb(), "layer " + l);
        }
    }

    @Test
    void eightBitsOnRequestWritesTheEightBitViewAndNoSampleRange() throws Exception {
        LayerStack stack = stack16();
        Path out = temp.resolve("view");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT, ExportBits.EIGHT, null, ProgressListener.NONE);
        assertEquals(8, result.manifest().bitsPerChannel());
        assertNull(result.manifest().sampleRange());
        BufferedImage front = ImageIO.read(out.resolve(result.manifest().layers().get(0).files().rgba()).toFile());
        assertEquals(8, front.getSampleModel().getSampleSize(0));
        int[] argb = stack.layers().get(0).argb();
        for (int i = 0; i < W * H; i++) {
            assertEquals(argb[i], front.getRGB(i % W, i / W) >>> 24 == 0 ? 0 : front.getRGB(i % W, i / W));
        }
        LayerStack back = PngFolderImporter.read(out);
        assertNull(back.coding());
        assertArrayEquals(argb, back.layers().get(0).argb());
    }

    @Test
    void sixteenBitsOfAnEightBitStackAreItsValuesTimes257AndComeBackExactly() throws Exception {
        int[] rgb = new int[W * H];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i * 7 & 0xff) << 16 | (i * 13 & 0xff) << 8 | (i * 29 & 0xff);
        }
        LayerStack stack = LayerStackBuilder.build("rgb.png", Plate.rgb(W, H, rgb), List.of(full()), List.of("all"), null);
        Path out = temp.resolve("up");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT, ExportBits.SIXTEEN, null, ProgressListener.NONE);
        assertEquals(16, result.manifest().bitsPerChannel());
        assertNull(result.manifest().sampleRange());
        Raster png = read(out.resolve(result.manifest().layers().get(0).files().rgba()));
        assertEquals(16, png.getSampleModel().getSampleSize(0));
        assertEquals((rgb[5] >> 8 & 0xff) * 257, png.getSample(5, 0, 1));
        Raster plate = read(out.resolve(LayerStackExporter.PLATE_FILLED));
        assertEquals(3, plate.getNumBands());
        assertEquals((rgb[17] & 0xff) * 257, plate.getSample(17 % W, 17 / W, 2));
        LayerStack back = PngFolderImporter.read(out);
        assertNull(back.coding());
        assertArrayEquals(stack.layers().get(0).argb(), back.layers().get(0).argb());
        assertArrayEquals(rgb, (int[]) back.filled().pixels());
    }

    @Test
    void sixteenBitColourStackWritesAndReadsBackTheExactColours() throws Exception {
        short[][] plate = new short[3][W * H];
        short[][] fill = new short[3][W * H];
        for (int i = 0; i < W * H; i++) {
            plate[0][i] = (short) (1000 + 611 * i);
            plate[1][i] = (short) (65000 - 421 * i);
            plate[2][i] = (short) (300 + 7 * i);
            for (int c = 0; c < 3; c++) {
                fill[c][i] = i % W < 4 ? (short) (40000 + 1000 * c + i) : plate[c][i];
            }
        }
        Mask front = Mask.empty(W, H);
        for (int y = 2; y < 6; y++) {
            for (int x = 0; x < 4; x++) {
                front.set(x, y, true);
            }
        }
        LayerStack stack = LayerStackBuilder.build("camera.tif", Plate.rgb48(W, H, plate[0], plate[1], plate[2]),
                List.of(front, full()), List.of("front", "back"), Plate.rgb48(W, H, fill[0], fill[1], fill[2]));
        assertEquals(SampleCoding.IDENTITY, stack.coding());
        Path out = temp.resolve("colour16");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT, ExportBits.AUTO, null, ProgressListener.NONE);
        assertEquals(16, result.manifest().bitsPerChannel());
        Raster frontPng = read(out.resolve(result.manifest().layers().get(0).files().rgba()));
        Raster backPng = read(out.resolve(result.manifest().layers().get(1).files().rgba()));
        int inFront = 3 * W + 2;
        int hidden = 3 * W + 2; // behind the front layer the back layer shows the fill
        int open = 3 * W + 9;
        for (int c = 0; c < 3; c++) {
            assertEquals(plate[c][inFront] & 0xffff, frontPng.getSample(2, 3, c));
            assertEquals(fill[c][hidden] & 0xffff, backPng.getSample(2, 3, c));
            assertEquals(plate[c][open] & 0xffff, backPng.getSample(9, 3, c));
        }
        assertEquals(0, frontPng.getSample(9, 3, 3));
        Raster filledPng = read(out.resolve(LayerStackExporter.PLATE_FILLED));
        assertEquals(3, filledPng.getNumBands());
        assertEquals(16, filledPng.getSampleModel().getSampleSize(0));
        for (int i = 0; i < W * H; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(fill[c][i] & 0xffff, filledPng.getSample(i % W, i / W, c));
            }
        }
        LayerStack back = PngFolderImporter.read(out);
        assertEquals(SampleCoding.IDENTITY, back.coding());
        assertEquals(PixelType.RGB48, back.filled().type());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(fill[c], back.filled().plane16(c));
            for (int l = 0; l < 2; l++) {
                assertArrayEquals(stack.layers().get(l).rgb16()[c], back.layers().get(l).rgb16()[c]);
            }
        }
        assertArrayEquals(stack.layers().get(1).argb(), back.layers().get(1).argb());
    }

    @Test
    void floatPlateRecordsItsRangeInLayersJson() throws Exception {
        float[] v = new float[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.25f + i * 0.125f;
        }
        LayerStack stack = LayerStackBuilder.build("hdr.exr", new Plate(W, H, PixelType.GRAY32, v), List.of(full()),
                List.of("all"), null);
        Path out = temp.resolve("float");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.PNG,
                SceneSettings.DEFAULT, ExportBits.AUTO, null, ProgressListener.NONE);
        assertEquals(new LayersManifest.SampleRange(0.25, 0.25 + 95 * 0.125), result.manifest().sampleRange());
        Raster plate = read(out.resolve(LayerStackExporter.PLATE_FILLED));
        assertEquals(65535, plate.getSample(W - 1, H - 1, 0));
        assertEquals(Math.round(40 / 95.0 * 65535), plate.getSample(40 % W, 40 / W, 0));
        LayerStack back = PngFolderImporter.read(out);
        assertEquals(stack.coding(), back.coding());
        assertArrayEquals(stack.layers().get(0).rgb16()[0], back.layers().get(0).rgb16()[0]);
    }

    @Test
    void sixteenBitSceneAndOpenRasterStayValid() throws Exception {
        LayerStack stack = stack16();
        Path out = temp.resolve("all");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.ALL,
                SceneSettings.DEFAULT, ExportBits.AUTO, null, ProgressListener.NONE);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("8-bit view")), result.notes().toString());
        try (java.util.zip.ZipFile ora = new java.util.zip.ZipFile(out.resolve(OraWriter.FILE).toFile())) {
            String layer = "data/" + result.manifest().layers().get(0).files().rgba();
            BufferedImage inside = ImageIO.read(ora.getInputStream(ora.getEntry(layer)));
            assertEquals(16, inside.getSampleModel().getSampleSize(0), "ORA layers are the 16-bit PNGs");
            BufferedImage merged = ImageIO.read(ora.getInputStream(ora.getEntry("mergedimage.png")));
            assertEquals(8, merged.getSampleModel().getSampleSize(0), "the merged image is the 8-bit view");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        for (String scene : List.of(GltfWriter.FILE, GltfWriter.BINARY_FILE)) {
            NodeTools.validGltf(out.resolve(scene));
        }
    }
}
