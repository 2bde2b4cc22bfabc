package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files of a view data set: colour images, grey disparity images and raw float depth. */
final class ImageReading {
    private ImageReading() {
    }

    static BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " is missing: every view needs its image (see docs/evaluation.md, "
                    + "2.5D fidelity, for the folder layout).");
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new InvalidInputException("Cannot read " + file + " as an image: use PNG, JPEG, BMP or TIFF.");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Packed RGB (alpha dropped). */
    static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return rgb;
    }

    /** The raw first-band samples of a grey image (8 or 16 bits), as stored. */
    static int[] greySamples(BufferedImage image, Path file) {
        if (image.getRaster().getNumBands() != 1) {
            throw new InvalidInputException(file + " is a colour image, but a disparity map must be a single grey "
                    + "channel (8 or 16 bits).");
        }
        return image.getRaster().getSamples(0, 0, image.getWidth(), image.getHeight(), 0, (int[]) null);
    }

    /** Little-endian float32, width × height, top row first. */
    static float[] rawFloats(Path file, int width, int height) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " is missing: every view needs its depth as raw float32 "
                    + "(render the scene again with scripts/blender/render_scenes.py).");
        }
        try {
            long expected = 4L * width * height;
            long size = Files.size(file);
            if (size != expected) {
                throw new InvalidInputException(file + " holds " + size + " bytes but a " + width + "x" + height
                        + " depth needs " + expected + " (float32): the depth does not match the image size.");
            }
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[width * height];
            bytes.asFloatBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void checkSize(BufferedImage image, Path file, int width, int height, String what) {
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new InvalidInputException(file + " is " + image.getWidth() + "x" + image.getHeight() + " but "
                    + what + " is " + width + "x" + height + ": every image and depth of a scene must have the "
                    + "same size.");
        }
    }
}
