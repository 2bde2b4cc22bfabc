package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.FillInput;
import io.github.parallaxlayers.mask.Mask;

/**
 * Maps a plate of any bit depth into the networks' RGB 0–255 scale and the network's fill back. 8-bit and RGB
 * plates are used as they are; 16- and 32-bit plates are stretched by the minimum and maximum of their known
 * (outside-the-hole) pixels, so the context uses the network's whole range and the fill comes back in the
 * plate's own units; 16-bit colour plates use one minimum and maximum over their three channels, so the network
 * sees the plate's colour ratios. Grey plates enter as three equal channels and come back as the channels' mean. Only hole
 * pixels are ever written back: everything else is copied raw ({@link FillInput#withHole}).
 */
final class NetworkRange {
    private final float low;
    private final float high;

    private NetworkRange(float low, float high) {
        this.low = low;
        this.high = high;
    }

    static NetworkRange of(Plate plate, Mask hole) {
        if (plate.type() == PixelType.GRAY8 || plate.type() == PixelType.RGB) {
            return new NetworkRange(0, 255);
        }
        byte[] m = hole.data();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < plate.channels(); c++) {
            for (int i = 0; i < m.length; i++) {
                if (m[i] == 0) {
                    float v = plate.sample(c, i);
                    if (Float.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (!(min <= max)) {
            return new NetworkRange(0, 1);
        }
        return new NetworkRange(min, max > min ? max : min + 1);
    }

    float low() {
        return low;
    }

    float high() {
        return high;
    }

    RgbImage toNetwork(Plate plate) {
        int n = plate.size();
        RgbImage out = RgbImage.blank(plate.width(), plate.height());
        float[][] c = out.channels();
        switch (plate.type()) {
            case RGB -> {
                int[] rgb = (int[]) plate.pixels();
                for (int i = 0; i < n; i++) {
                    c[0][i] = (rgb[i] >> 16) & 0xff;
                    c[1][i] = (rgb[i] >> 8) & 0xff;
                    c[2][i] = rgb[i] & 0xff;
                }
            }
            case GRAY8 -> {
                byte[] g = (byte[]) plate.pixels();
                for (int i = 0; i < n; i++) {
                    c[0][i] = g[i] & 0xff;
                }
            }
            default -> {
                float scale = 255f / (high - low);
                for (int ch = 0; ch < plate.channels(); ch++) {
                    for (int i = 0; i < n; i++) {
                        float v = plate.sample(ch, i);
                        // Hole pixels may hold anything (even NaN): the network ignores them, but must not see NaN.
                        float s = Float.isFinite(v) ? (v - low) * scale : 0f;
                        c[ch][i] = Math.max(0f, Math.min(255f, s));
                    }
                }
            }
        }
        if (plate.channels() == 1) {
            System.arraycopy(c[0], 0, c[1], 0, n);
            System.arraycopy(c[0], 0, c[2], 0, n);
        }
        return out;
    }

    /** A new plate: {@code filled} mapped back inside the hole, the plate's raw pixels everywhere else. */
    Plate fromNetwork(Plate plate, RgbImage filled, Mask hole) {
        int n = plate.size();
        float[][] c = filled.channels();
        float[][] raw;
        if (plate.type() == PixelType.RGB) {
            raw = c;
        } else if (plate.type() == PixelType.RGB48) {
            float scale = (high - low) / 255f;
            raw = new float[3][n];
            byte[] m = hole.data();
            for (int ch = 0; ch < 3; ch++) {
                for (int i = 0; i < n; i++) {
                    if (m[i] != 0) {
                        raw[ch][i] = low + c[ch][i] * scale;
                    }
                }
            }
        } else {
            float[] grey = new float[n];
            float scale = (high - low) / 255f;
            boolean eightBit = plate.type() == PixelType.GRAY8;
            byte[] m = hole.data();
            for (int i = 0; i < n; i++) {
                if (m[i] != 0) {
                    float mean = (c[0][i] + c[1][i] + c[2][i]) / 3f;
                    grey[i] = eightBit ? mean : low + mean * scale;
                }
            }
            raw = new float[][] {grey};
        }
        return FillInput.withHole(plate, raw, hole);
    }
}
