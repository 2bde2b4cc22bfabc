package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads images and mask values with {@code javax.imageio} (no ImageJ). Grey files and 16-bit colour files keep
 * their raw samples (no colour-space conversion), other colour files become packed RGB, and palette files can be read by index.
 */
final class ImageFiles {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "tif", "tiff", "gif");

    private ImageFiles() {
    }

    static boolean isImage(Path file) {
        return EXTENSIONS.contains(extension(file.getFileName().toString()));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** Width and height from the file header, without decoding the pixels. */
    static int[] size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable(file, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static BufferedImage read(Path file) {
        // A truncated JPEG decodes as a half-grey picture without an error: check the file is complete first.
        String problem = io.github.parallaxlayers.core.ImageFileCheck.problem(file);
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw unreadable(file, null);
            }
            return image;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * A plate from an image file: GRAY8 or GRAY16 for single-band grey files, RGB48 for 16-bit RGB(A) files (alpha
     * dropped), packed RGB otherwise.
     */
    static Plate readPlate(Path file) {
        BufferedImage image = read(file);
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        if (isPlainGrey(image)) {
            int bits = image.getColorModel().getComponentSize(0);
            int[] samples = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            if (bits <= 8) {
                byte[] b = new byte[samples.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) samples[i];
                }
                return Plate.gray8(w, h, b);
            }
            short[] s = new short[samples.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) samples[i];
            }
            return new Plate(w, h, io.github.parallaxlayers.core.PixelType.GRAY16, s);
        }
        if (isSixteenBitColour(image)) {
            short[][] planes = new short[3][];
            for (int c = 0; c < 3; c++) {
                int[] samples = raster.getSamples(0, 0, w, h, c, (int[]) null);
                planes[c] = new short[samples.length];
                for (int i = 0; i < samples.length; i++) {
                    planes[c][i] = (short) samples[i];
                }
            }
            return Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        }
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return Plate.rgb(w, h, rgb);
    }

    /**
     * Channel 0 as OpenCV's {@code imread} gives it (BGR order, 8 bits): the grey value of a grey file (16-bit
     * shifted down by 8), the blue of a colour or palette file.
     */
    static int[] openCvChannel0(BufferedImage image) {
        if (isPlainGrey(image)) {
            return greyAs8Bit(image);
        }
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xff;
        }
        return rgb;
    }

    /** The brightest of the colour channels per pixel (the grey value of a grey file), 8 bits. */
    static int[] brightestChannel(BufferedImage image) {
        if (isPlainGrey(image)) {
            return greyAs8Bit(image);
        }
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            int v = rgb[i];
            rgb[i] = Math.max((v >> 16) & 0xff, Math.max((v >> 8) & 0xff, v & 0xff));
        }
        return rgb;
    }

    /**
     * Palette indices of a palette file; for other files the brightest channel (non-zero exactly where the colour
     * is not black).
     */
    static int[] paletteIndices(BufferedImage image) {
        if (image.getColorModel() instanceof IndexColorModel) {
            return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
        }
        return brightestChannel(image);
    }

    private static int[] greyAs8Bit(BufferedImage image) {
        int bits = image.getColorModel().getComponentSize(0);
        int[] samples = image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
        if (bits > 8) {
            for (int i = 0; i < samples.length; i++) {
                samples[i] >>= bits - 8;
            }
        }
        return samples;
    }

    private static boolean isPlainGrey(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        return !(cm instanceof IndexColorModel) && image.getRaster().getNumBands() == 1;
    }

    private static boolean isSixteenBitColour(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        return !(cm instanceof IndexColorModel) && image.getRaster().getNumBands() >= 3
                && cm.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_RGB && cm.getComponentSize(0) == 16;
    }

    private static InvalidInputException unreadable(Path file, Exception cause) {
        String problem = io.github.parallaxlayers.core.ImageFileCheck.problem(file);
        if (problem != null) {
            return new InvalidInputException(problem, cause); // truncated, empty, text: say so, not "unsupported"
        }
        return new InvalidInputException("Cannot read " + file + " as an image: use PNG, JPEG, BMP, TIFF or GIF.",
                cause);
    }
}
