package io.github.parallaxlayers.imagej;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.export.LayerStackExporter;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 16-bit colour plate (ImageJ's 3-channel 16-bit image) through the commands, in macros: a colour plate all the
 * way to 16-bit RGBA files and back, and a clear refusal of other multi-channel images.
 */
class SixteenBitColourCommandsTest {
    private static final int W = 64;
    private static final int H = 48;

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** Background channels differ and need 16 bits; a 20×20 square at (10, 10) has another colour. */
    private static int value(int c, int x, int y) {
        boolean square = x >= 10 && x < 30 && y >= 10 && y < 30;
        return switch (c) {
            case 0 -> square ? 52000 + 11 * x : 300 + 37 * x + 911 * y;
            case 1 -> square ? 2000 + 13 * y : 60000 - 500 * x - 300 * y;
            default -> square ? 30001 : 1000 + 13 * x * y;
        };
    }

    private static final String PLATE = "newImage('plate', '16-bit black', " + W + ", " + H + ", 3, 1, 1);"
            + "for (c = 1; c <= 3; c++) { Stack.setChannel(c);"
            + " for (y = 0; y < " + H + "; y++) for (x = 0; x < " + W + "; x++) {"
            + "  square = x >= 10 && x < 30 && y >= 10 && y < 30;"
            + "  if (c == 1) { if (square) v = 52000 + 11 * x; else v = 300 + 37 * x + 911 * y; }"
            + "  if (c == 2) { if (square) v = 2000 + 13 * y; else v = 60000 - 500 * x - 300 * y; }"
            + "  if (c == 3) { if (square) v = 30001; else v = 1000 + 13 * x * y; }"
            + "  setPixel(x, y, v); } }"
            + "Stack.setChannel(1);";

    private static int channel(ImagePlus image, int c, int x, int y) {
        return image.getStack().getProcessor(image.getStackIndex(c + 1, 1, 1)).get(x, y);
    }

    @Test
    void maskFillBuildExportAndImportKeepSixteenBitColour() throws Exception {
        Path out = temp.resolve("colour");
        ok(PLATE + "run('Point Mask', 'plate=plate points=20,20 backend=classic layer=square');"
                + "run('Fill Masked Area', 'plate=plate mask=plate-square backend=patch dilate=2');"
                + "run('Build Layer Stack', 'plate=plate masks=plate-square filled=plate-filled background=rest');"
                + "run('Export Layer Stack', 'folder=[" + out + "]');");
        ImagePlus plate = image("plate");
        assertEquals(3, plate.getNChannels());
        assertEquals(value(2, 40, 40), channel(plate, 2, 40, 40), "the macro wrote the plate");

        ImagePlus mask = image("plate-square");
        int inside = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean square = x >= 10 && x < 30 && y >= 10 && y < 30;
                if (mask.getProcessor().get(x, y) == 255) {
                    assertTrue(square, "mask pixel " + x + "," + y + " outside the square");
                    inside++;
                }
            }
        }
        assertEquals(400, inside, "the classic cut takes the whole coloured square");

        ImagePlus filled = image("plate-filled");
        assertInstanceOf(CompositeImage.class, filled);
        assertEquals(16, filled.getBitDepth());
        assertEquals(3, filled.getNChannels());
        for (int c = 0; c < 3; c++) {
            assertEquals(value(c, 5, 5), channel(filled, c, 5, 5), "outside the hole, channel " + c);
            assertEquals(value(c, 50, 40), channel(filled, c, 50, 40), "outside the hole, channel " + c);
            // Inside, the fill comes from the background: every channel within the background's own 16-bit range.
            int v = channel(filled, c, 20, 20);
            int[] range = backgroundRange(c);
            assertTrue(v >= range[0] && v <= range[1], "channel " + c + " filled with " + v + " outside "
                    + range[0] + ".." + range[1]);
        }

        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        assertEquals(16, image("plate-layers").getBitDepth());
        assertEquals(SampleCoding.IDENTITY, stack.coding());

        Raster front = ImageIO.read(out.resolve("layer-01-square.png").toFile()).getRaster();
        Raster rest = ImageIO.read(out.resolve("layer-02-rest.png").toFile()).getRaster();
        Raster plateFilled = ImageIO.read(out.resolve(LayerStackExporter.PLATE_FILLED).toFile()).getRaster();
        assertEquals(16, front.getSampleModel().getSampleSize(0));
        assertEquals(4, front.getNumBands());
        assertEquals(16, plateFilled.getSampleModel().getSampleSize(0));
        assertEquals(3, plateFilled.getNumBands());
        for (int c = 0; c < 3; c++) {
            assertEquals(value(c, 15, 12), front.getSample(15, 12, c), "square layer, channel " + c);
            assertEquals(value(c, 40, 40), rest.getSample(40, 40, c), "rest layer where visible, channel " + c);
            assertEquals(channel(filled, c, 20, 20), rest.getSample(20, 20, c), "rest behind the square = fill");
            assertEquals(channel(filled, c, 20, 20), plateFilled.getSample(20, 20, c));
            assertEquals(value(c, 50, 5), plateFilled.getSample(50, 5, c));
        }
        assertEquals(65535, front.getSample(15, 12, 3));
        assertEquals(0, front.getSample(40, 40, 3));

        ImageJTestSupport.closeAll();
        ok("run('Import Layer Stack', 'folder=[" + out + "]');");
        LayerStack back = LayerImages.fromImage(image("plate-layers"));
        for (int l = 0; l < 2; l++) {
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(stack.layers().get(l).rgb16()[c], back.layers().get(l).rgb16()[c],
                        "layer " + l + " channel " + c);
            }
            assertArrayEquals(stack.layers().get(l).argb(), back.layers().get(l).argb(), "8-bit view of layer " + l);
        }
        assertEquals(PixelType.RGB48, back.filled().type());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(stack.filled().plane16(c), back.filled().plane16(c));
        }
    }

    private static int[] backgroundRange(int c) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (!(x >= 8 && x < 32 && y >= 8 && y < 32)) {
                    min = Math.min(min, value(c, x, y));
                    max = Math.max(max, value(c, x, y));
                }
            }
        }
        return new int[] {min, max};
    }

    @Test
    void autoLayersAndEdgeFeatherTakeTheColourPlate() {
        // Depth: the square is near (disparity 10), the rest far (1); the plate's colour edge is the square's.
        ok(PLATE + "newImage('depth', '32-bit black', " + W + ", " + H + ", 1);"
                + "for (y = 0; y < " + H + "; y++) for (x = 0; x < " + W + "; x++)"
                + " if (x >= 10 && x < 30 && y >= 10 && y < 30) setPixel(x, y, 10); else setPixel(x, y, 1);"
                + "run('Auto Layers', 'plate=plate depth=depth kind=disparity planes=2 region_size=8');"
                + "newImage('rough', '8-bit black', " + W + ", " + H + ", 1); setColor(255); fillRect(12, 12, 16, 16);"
                + "run('Feather Mask', 'mask=rough width=2 edge guide=plate radius=4');");
        ImagePlus planes = image("plate-auto-layers");
        assertEquals(2, planes.getStackSize());
        ij.process.ImageProcessor near = planes.getStack().getProcessor(1);
        assertEquals(255, near.get(20, 20));
        assertEquals(0, near.get(50, 40));
        int count = 0;
        for (int i = 0; i < W * H; i++) {
            count += near.get(i) == 255 ? 1 : 0;
        }
        assertEquals(400, count, "the near plane is the square");
        ImagePlus feathered = image("rough-feathered");
        assertEquals(255, feathered.getProcessor().get(20, 20));
        assertEquals(0, feathered.getProcessor().get(50, 40));
    }

    @Test
    void threeEightBitChannelsAreAnRgbPlate() {
        ok("newImage('rgb3', '8-bit black', 32, 24, 3, 1, 1);"
                + "Stack.setChannel(1); setPixel(3, 4, 200); Stack.setChannel(2); setPixel(3, 4, 100);"
                + "Stack.setChannel(3); setPixel(3, 4, 50);"
                + "newImage('hole', '8-bit black', 32, 24, 1); setColor(255); fillRect(20, 10, 4, 4);"
                + "run('Fill Masked Area', 'plate=rgb3 mask=hole backend=telea dilate=0');");
        ImagePlus filled = image("rgb3-filled");
        assertEquals(ImagePlus.COLOR_RGB, filled.getType());
        assertEquals(200 << 16 | 100 << 8 | 50, filled.getProcessor().get(3, 4) & 0xffffff);
    }

    @Test
    void theCurrentSliceAndFrameOfAColourHyperstackAreThePlate() {
        ImagePlus hyper = IJ.createImage("hyper", "16-bit black", 8, 6, 3, 2, 2);
        hyper.setPosition(2, 2, 2);
        Plate plate = Images.plate(hyper);
        assertEquals(PixelType.RGB48, plate.type());
        for (int c = 0; c < 3; c++) {
            assertSame(hyper.getStack().getPixels(hyper.getStackIndex(c + 1, 2, 2)), plate.plane16(c));
        }
    }

    private static String refusal(String macro) {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(macro);
        assertNotNull(run.error(), "expected a refusal; output: " + run.output());
        return run.error();
    }

    @Test
    void twoAndFourChannelImagesAreRefusedWithAFix() {
        String two = refusal("newImage('two', '16-bit black', 32, 24, 2, 1, 1);"
                + "run('Point Mask', 'plate=two points=5,5');");
        assertTrue(two.contains("'two' has 2 channels of 16-bit values"), two);
        assertTrue(two.contains("Stack to RGB") && two.contains("Duplicate"), two);
        assertTrue(two.contains("16-bit colour"), "the message lists the accepted plates: " + two);

        String four = refusal("newImage('four', '8-bit black', 32, 24, 4, 1, 1);"
                + "newImage('hole', '8-bit black', 32, 24, 1);"
                + "run('Fill Masked Area', 'plate=four mask=hole');");
        assertTrue(four.contains("'four' has 4 channels of 8-bit values"), four);
        assertTrue(four.contains("Arrange Channels"), four);

        String float3 = refusal("newImage('float3', '32-bit black', 32, 24, 3, 1, 1);"
                + "newImage('masks', '8-bit black', 32, 24, 1);"
                + "run('Build Layer Stack', 'plate=float3 masks=masks');");
        assertTrue(float3.contains("'float3' has 3 channels of 32-bit values"), float3);
        assertTrue(float3.contains("Image > Type > 16-bit"), float3);
    }
}
