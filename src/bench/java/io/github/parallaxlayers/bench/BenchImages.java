package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

/** Reading, scaling and writing benchmark images (bench-side only: the algorithm packages never see AWT). */
final class BenchImages {
    private BenchImages() {
    }

    static Plate readRgb(File file) throws IOException {
        BufferedImage img = ImageIO.read(file);
        if (img == null) {
            throw new IOException("cannot read " + file);
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        return Plate.rgb(w, h, rgb);
    }

    /** Grey values of an image file (the red channel of RGB files, which are grey here). */
    static int[] readGrey(File file, int[] size) throws IOException {
        BufferedImage img = ImageIO.read(file);
        if (img == null) {
            throw new IOException("cannot read " + file);
        }
        size[0] = img.getWidth();
        size[1] = img.getHeight();
        int[] out = new int[size[0] * size[1]];
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) {
                out[y * size[0] + x] = img.getRaster().getSample(x, y, 0);
            }
        }
        return out;
    }

    static Plate resizeBilinear(Plate p, int w2, int h2) {
        int w = p.width();
        int h = p.height();
        int[] src = (int[]) p.pixels();
        int[] out = new int[w2 * h2];
        for (int y = 0; y < h2; y++) {
            double fy = Math.max(0, (y + 0.5) * h / h2 - 0.5);
            int y0 = Math.min((int) fy, h - 1);
            int y1 = Math.min(y0 + 1, h - 1);
            double ty = fy - y0;
            for (int x = 0; x < w2; x++) {
                double fx = Math.max(0, (x + 0.5) * w / w2 - 0.5);
                int x0 = Math.min((int) fx, w - 1);
                int x1 = Math.min(x0 + 1, w - 1);
                double tx = fx - x0;
                int v = 0;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    double a = (src[y0 * w + x0] >> shift & 0xff) * (1 - tx) + (src[y0 * w + x1] >> shift & 0xff) * tx;
                    double b = (src[y1 * w + x0] >> shift & 0xff) * (1 - tx) + (src[y1 * w + x1] >> shift & 0xff) * tx;
                    v |= (int) Math.round(a * (1 - ty) + b * ty) << shift;
                }
                out[y * w2 + x] = v;
            }
        }
        return Plate.rgb(w2, h2, out);
    }

    /**
     * A hole on a {@code w}×{@code h} plate shaped like {@code shape} (non-zero = object): the shape scaled by
     * {@code scale} (nearest neighbour) and centred on the plate, clipped at its borders.
     */
    static Mask placeShape(boolean[] shape, int sw, int sh, double scale, int w, int h, double cx, double cy) {
        Mask m = Mask.empty(w, h);
        int tw = (int) Math.round(sw * scale);
        int th = (int) Math.round(sh * scale);
        int ox = (int) Math.round(cx * w - tw / 2.0);
        int oy = (int) Math.round(cy * h - th / 2.0);
        for (int y = 0; y < th; y++) {
            int py = oy + y;
            if (py < 0 || py >= h) {
                continue;
            }
            int sy = Math.min(sh - 1, (int) (y / scale));
            for (int x = 0; x < tw; x++) {
                int px = ox + x;
                if (px < 0 || px >= w) {
                    continue;
                }
                if (shape[sy * sw + Math.min(sw - 1, (int) (x / scale))]) {
                    m.set(px, py, true);
                }
            }
        }
        return m;
    }

    static void writePng(Plate p, File file) throws IOException {
        BufferedImage img = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, p.width(), p.height(), (int[]) p.pixels(), 0, p.width());
        ImageIO.write(img, "png", file);
    }

    /** The plate with its hole painted in a flat colour, for before pictures. */
    static Plate paintHole(Plate p, Mask hole, int rgb) {
        int[] out = ((int[]) p.pixels()).clone();
        for (int i = 0; i < out.length; i++) {
            if (hole.get(i)) {
                out[i] = rgb;
            }
        }
        return Plate.rgb(p.width(), p.height(), out);
    }

    /** The same crop of several RGB plates side by side, with a white gap between them. */
    static Plate strip(Plate[] plates, int x0, int y0, int cw, int ch, int gap) {
        int w = plates.length * cw + (plates.length - 1) * gap;
        int[] out = new int[w * ch];
        java.util.Arrays.fill(out, 0xffffff);
        for (int k = 0; k < plates.length; k++) {
            int[] src = (int[]) plates[k].pixels();
            int pw = plates[k].width();
            for (int y = 0; y < ch; y++) {
                System.arraycopy(src, (y0 + y) * pw + x0, out, y * w + k * (cw + gap), cw);
            }
        }
        return Plate.rgb(w, ch, out);
    }
}
