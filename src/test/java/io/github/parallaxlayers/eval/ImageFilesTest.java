package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Data-set images keep their bit depth: a 16-bit colour PNG is a 16-bit colour plate, not its 8-bit view. */
class ImageFilesTest {
    @TempDir
    Path temp;

    @Test
    void aSixteenBitRgbPngIsReadAsRgb48WithItsRawValues() throws Exception {
        int w = 5;
        int h = 3;
        short[] data = new short[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            data[3 * i] = (short) (1000 + 4001 * i);
            data[3 * i + 1] = (short) (65535 - 17 * i);
            data[3 * i + 2] = (short) (300 + i);
        }
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false,
                false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferUShort(data, data.length), w, h, w * 3,
                3, new int[] {0, 1, 2}, null);
        Path file = temp.resolve("deep.png");
        ImageIO.write(new BufferedImage(model, raster, false, null), "png", file.toFile());

        Plate plate = ImageFiles.readPlate(file);
        assertEquals(PixelType.RGB48, plate.type());
        for (int i = 0; i < w * h; i++) {
            assertEquals(1000 + 4001 * i, plate.sample(0, i));
            assertEquals(65535 - 17 * i, plate.sample(1, i));
            assertEquals(300 + i, plate.sample(2, i));
        }
    }

    @Test
    void anEightBitRgbPngStaysPackedRgb() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 0, 0x123456);
        Path file = temp.resolve("eight.png");
        ImageIO.write(image, "png", file.toFile());
        Plate plate = ImageFiles.readPlate(file);
        assertEquals(PixelType.RGB, plate.type());
        assertEquals(0x123456, ((int[]) plate.pixels())[1]);
    }

    @Test
    void aCutImageIsCalledTruncatedNotUnsupported() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, x * 4 << 16 | y * 5 << 8 | 99);
            }
        }
        for (String format : new String[] {"png", "jpg"}) {
            Path whole = temp.resolve("whole." + format);
            ImageIO.write(image, format, whole.toFile());
            byte[] bytes = java.nio.file.Files.readAllBytes(whole);
            Path cut = java.nio.file.Files.write(temp.resolve("cut." + format),
                    java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
            io.github.parallaxlayers.core.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.github.parallaxlayers.core.InvalidInputException.class, () -> ImageFiles.readPlate(cut));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith(cut + " is a truncated "
                    + (format.equals("png") ? "PNG" : "JPEG")), e.getMessage());
        }
    }
}
