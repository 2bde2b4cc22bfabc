package io.github.parallaxlayers.export;

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

/**
 * The one PNG encoder of the exports (the PNG folder, the OpenRaster layers, the 16-bit PNGs): the JDK's writer at
 * a low deflate level, and the 8-bit layer, mask and plate images cut from ARGB pixel arrays.
 */
final class PngEncoder {
    private PngEncoder() {
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

    static void writeAlpha(int[] argb, int stride, Box region, Path file) throws IOException {
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

    static void writeRgb(int[] rgb, int w, int h, Path file) throws IOException {
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
