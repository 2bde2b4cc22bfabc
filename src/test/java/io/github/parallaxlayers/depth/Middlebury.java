package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Middlebury stereo scenes in ../shared/data/depth: the left view and its true disparity. */
final class Middlebury {
    static final Path ROOT = Path.of(System.getProperty("parallax.shared", "../shared"), "data", "depth");
    static final String MISSING = "Middlebury depth data not found under " + ROOT.toAbsolutePath()
            + " (../shared/data/depth)";

    private Middlebury() {
    }

    static Path scene(String name) {
        return ROOT.resolve(name);
    }

    static Plate read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            int w = image.getWidth();
            int h = image.getHeight();
            Raster raster = image.getRaster();
            if (raster.getNumBands() >= 3) {
                return Plate.rgb(w, h, image.getRGB(0, 0, w, h, null, 0, w));
            }
            int[] values = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            if (raster.getSampleModel().getSampleSize(0) > 8) {
                short[] s = new short[values.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = (short) values[i];
                }
                return new Plate(w, h, PixelType.GRAY16, s);
            }
            byte[] b = new byte[values.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) values[i];
            }
            return Plate.gray8(w, h, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2003 scenes' left view (im2) and true disparity (disp2, value / 4, 0 = unknown). */
    static Plate plate2003(String name) {
        return read(scene(name).resolve("im2.png"));
    }

    static DepthMap truth2003(String name) {
        return DepthMap.fromPlate(read(scene(name).resolve("disp2.png")), DepthKind.DISPARITY, true);
    }
}
