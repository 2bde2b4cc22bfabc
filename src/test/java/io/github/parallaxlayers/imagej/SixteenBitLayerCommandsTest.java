package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.export.LayersManifest;
import io.github.parallaxlayers.export.LayerStackExporter;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.SampleCoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.Raster;
import java.nio.file.Path;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 16-bit plate through the layer commands, in macros: 16 bits all the way to the files and back. */
class SixteenBitLayerCommandsTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** A 16-bit plate whose values (300 + 37·x + 911·y) need all 16 bits, with a square in front of the rest. */
    private static final String PLATE_AND_MASKS = "newImage('plate', '16-bit black', 64, 48, 1);"
            + "for (y = 0; y < 48; y++) for (x = 0; x < 64; x++) setPixel(x, y, 300 + 37 * x + 911 * y);"
            + "newImage('masks', '8-bit black', 64, 48, 1); setMetadata('Label', 'square');"
            + "setColor(255); fillRect(10, 10, 20, 20);"
            + "run('Build Layer Stack', 'plate=plate masks=masks background=rest');";

    private static int plateValue(int x, int y) {
        return 300 + 37 * x + 911 * y;
    }

    @Test
    void buildEditExportAndImportKeepSixteenBits() throws Exception {
        Path out = temp.resolve("deep");
        ok(PLATE_AND_MASKS + "run('Set Layer Depth', 'layer=rest depth=80');"
                + "run('Export Layer Stack', 'folder=[" + out + "] format=tiff');");
        ImagePlus layers = image("plate-layers");
        assertEquals(16, layers.getBitDepth());
        LayerStack stack = LayerImages.fromImage(layers);
        assertEquals(SampleCoding.IDENTITY, stack.coding());
        Layer square = stack.layers().get(0);
        assertEquals(plateValue(15, 12), square.rgb16()[0][12 * 64 + 15] & 0xffff);
        assertEquals(80, stack.layers().get(1).depthHint());
        assertEquals(plateValue(40, 40), stack.layers().get(1).rgb16()[1][40 * 64 + 40] & 0xffff);

        Raster png = ImageIO.read(out.resolve("layer-01-square.png").toFile()).getRaster();
        assertEquals(16, png.getSampleModel().getSampleSize(0));
        assertEquals(plateValue(15, 12), png.getSample(15, 12, 0));
        assertEquals(0, png.getSample(40, 40, 3), "outside the square is transparent");
        ImagePlus tiff = IJ.openImage(out.resolve("layers.tif").toString());
        assertEquals(16, tiff.getBitDepth());
        assertEquals(4, tiff.getNChannels());
        tiff.setPosition(1, 1, 1);
        assertEquals(plateValue(15, 12), tiff.getProcessor().get(15, 12));
        assertEquals(16, LayerStackExporter.readManifest(out).bitsPerChannel());
        assertEquals(new LayersManifest.SampleRange(0, 65535), LayerStackExporter.readManifest(out).sampleRange());

        ImageJTestSupport.closeAll();
        ok("run('Import Layer Stack', 'folder=[" + out + "]');");
        LayerStack back = LayerImages.fromImage(image("plate-layers"));
        assertEquals(16, image("plate-layers").getBitDepth());
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(stack.layers().get(l).rgb16()[0], back.layers().get(l).rgb16()[0], "layer " + l);
            assertArrayEquals(stack.layers().get(l).argb(), back.layers().get(l).argb(), "8-bit view of layer " + l);
        }
    }

    @Test
    void renameAndReorderKeepSixteenBits() {
        ok(PLATE_AND_MASKS + "run('Rename Layer', 'layer=square name=[near box]');"
                + "run('Reorder Layers', 'order=[rest, near box]');");
        ImagePlus layers = image("plate-layers");
        assertEquals(16, layers.getBitDepth());
        LayerStack stack = LayerImages.fromImage(layers);
        assertEquals("near box", stack.layers().get(1).name());
        assertEquals(SampleCoding.IDENTITY, stack.coding());
        assertEquals(plateValue(15, 12), stack.layers().get(1).rgb16()[2][12 * 64 + 15] & 0xffff);
        assertEquals(plateValue(63, 47), stack.layers().get(0).rgb16()[0][47 * 64 + 63] & 0xffff);
    }

    @Test
    void eightBitsOnRequestAndPreviewOfASixteenBitStack() throws Exception {
        Path out = temp.resolve("view");
        ok(PLATE_AND_MASKS + "run('Export Layer Stack', 'folder=[" + out + "] format=tiff bits=8');"
                + "run('Parallax Preview', 'frames=3 move=shift amount=0.02');");
        Raster png = ImageIO.read(out.resolve("layer-02-rest.png").toFile()).getRaster();
        assertEquals(8, png.getSampleModel().getSampleSize(0));
        assertEquals(8, IJ.openImage(out.resolve("layers.tif").toString()).getBitDepth());
        assertNull(LayerStackExporter.readManifest(out).sampleRange());
        // The brightest code any layer shows is the plate's last pixel: white in the 8-bit view.
        assertEquals(255, png.getSample(63, 47, 0));
        assertEquals(0, png.getSample(0, 0, 0), "the darkest code shown is black");
        assertTrue(ij.WindowManager.getImageCount() >= 2, "the preview opened");
    }
}
