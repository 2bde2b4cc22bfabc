package io.github.parallaxlayers.fill.learned;

/**
 * An RGB image in the networks' 0–255 float scale, one array per channel, row by row. The working form between
 * a plate of any bit depth and a network: crops and resizes happen here, never on the plate.
 */
record RgbImage(int width, int height, float[][] channels) {

    static RgbImage blank(int width, int height) {
        return new RgbImage(width, height, new float[3][width * height]);
    }

    int size() {
        return width * height;
    }

    RgbImage crop(int x0, int y0, int w, int h) {
        RgbImage out = blank(w, h);
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(channels[c], (y0 + y) * width + x0, out.channels[c], y * w, w);
            }
        }
        return out;
    }

    /** The same rows of a byte mask as {@link #crop}. */
    static byte[] crop(byte[] mask, int width, int x0, int y0, int w, int h) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(mask, (y0 + y) * width + x0, out, y * w, w);
        }
        return out;
    }
}
