package io.github.parallaxlayers.export;

import io.github.parallaxlayers.mask.Box;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;

/** 16-bit PNGs (grey, RGB or RGBA, straight alpha) through the JDK's PNG writer, which keeps all 16 bits. */
final class SixteenBitPng {

    private SixteenBitPng() {
    }

    /** The part {@code region} of a plate-size layer: colour from {@code rgb16}, alpha from the 8-bit {@code argb} × 257. */
    static void writeRgba(short[][] rgb16, int[] argb, int stride, Box region, Path file) throws IOException {
        int w = region.width();
        int h = region.height();
        short[] data = new short[w * h * 4];
        for (int y = 0; y < h; y++) {
            int row = (region.y() + y) * stride + region.x();
            for (int x = 0; x < w; x++) {
                int i = row + x;
                int o = (y * w + x) * 4;
                int alpha = argb[i] >>> 24;
                if (alpha != 0) {
                    data[o] = rgb16[0][i];
                    data[o + 1] = rgb16[1][i];
                    data[o + 2] = rgb16[2][i];
                }
                data[o + 3] = (short) (alpha * 257);
            }
        }
        PngEncoder.write(image(data, w, h, 4), file);
    }

    /** A whole plate of codes: one grey channel when the three planes are one, else RGB. */
    static void writePlate(short[][] rgb16, int w, int h, Path file) throws IOException {
        boolean grey = rgb16[0] == rgb16[1] && rgb16[1] == rgb16[2];
        if (grey) {
            PngEncoder.write(image(rgb16[0].clone(), w, h, 1), file);
            return;
        }
        short[] data = new short[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            data[3 * i] = rgb16[0][i];
            data[3 * i + 1] = rgb16[1][i];
            data[3 * i + 2] = rgb16[2][i];
        }
        PngEncoder.write(image(data, w, h, 3), file);
    }

    private static BufferedImage image(short[] interleaved, int w, int h, int bands) {
        boolean alpha = bands == 4;
        ColorSpace space = ColorSpace.getInstance(bands == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ComponentColorModel model = new ComponentColorModel(space, alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        int[] offsets = new int[bands];
        for (int b = 0; b < bands; b++) {
            offsets[b] = b;
        }
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferUShort(interleaved, interleaved.length),
                w, h, w * bands, bands, offsets, null);
        return new BufferedImage(model, raster, false, null);
    }
}
