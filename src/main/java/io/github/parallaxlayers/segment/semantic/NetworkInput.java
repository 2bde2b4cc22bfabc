package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A plate as the network's input: resized to size×size (antialiased, pixel centres aligned) and laid out NHWC
 * RGB with value = v/127.5 − 1 for v on the 0–255 scale. Grey plates are repeated into the three channels
 * (16- and 32-bit scaled by their minimum–maximum first; 16-bit colour by one minimum–maximum over its channels).
 */
public final class NetworkInput {
    private NetworkInput() {
    }

    static float[] nhwc(Plate plate, int size) {
        float[] out = rgb255(plate, size);
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] / 127.5f - 1f;
        }
        return out;
    }

    /**
     * The plate resized to size×size as interleaved RGB on the 0–255 scale (grey repeated into the three channels),
     * before any network's own normalisation; other networks (IS-Net) lay it out and scale it their way.
     */
    public static float[] rgb255(Plate plate, int size) {
        int w = plate.width();
        int h = plate.height();
        ResampleAxis xs = new ResampleAxis(w, size);
        ResampleAxis ys = new ResampleAxis(h, size);
        int channels = plate.channels();
        // horizontal pass: h rows × size columns × channels, interleaved
        float[] rows = new float[h * size * channels];
        if (plate.type() == PixelType.RGB) {
            horizontalRgb((int[]) plate.pixels(), w, h, xs, size, rows);
        } else {
            horizontalUnit(plate.toUnitChannels(), w, h, xs, size, rows);
        }
        float[] out = new float[size * size * 3];
        int taps = ys.taps;
        IntStream.range(0, size).parallel().forEach(oy -> {
            float[] acc = new float[channels];
            int first = ys.start[oy];
            int base = oy * taps;
            for (int ox = 0; ox < size; ox++) {
                Arrays.fill(acc, 0f);
                for (int k = 0; k < taps; k++) {
                    float wgt = ys.weights[base + k];
                    if (wgt == 0f) {
                        continue;
                    }
                    int src = ((first + k) * size + ox) * channels;
                    for (int c = 0; c < channels; c++) {
                        acc[c] += wgt * rows[src + c];
                    }
                }
                int dst = (oy * size + ox) * 3;
                if (channels == 3) {
                    out[dst] = acc[0];
                    out[dst + 1] = acc[1];
                    out[dst + 2] = acc[2];
                } else {
                    float v = acc[0];
                    out[dst] = v;
                    out[dst + 1] = v;
                    out[dst + 2] = v;
                }
            }
        });
        return out;
    }

    private static void horizontalRgb(int[] rgb, int w, int h, ResampleAxis xs, int size, float[] rows) {
        int taps = xs.taps;
        IntStream.range(0, h).parallel().forEach(y -> {
            int row = y * w;
            for (int ox = 0; ox < size; ox++) {
                int first = xs.start[ox];
                int base = ox * taps;
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < taps; k++) {
                    float wgt = xs.weights[base + k];
                    if (wgt == 0f) {
                        continue;
                    }
                    int p = rgb[row + first + k];
                    r += wgt * ((p >> 16) & 0xff);
                    g += wgt * ((p >> 8) & 0xff);
                    b += wgt * (p & 0xff);
                }
                int dst = (y * size + ox) * 3;
                rows[dst] = r;
                rows[dst + 1] = g;
                rows[dst + 2] = b;
            }
        });
    }

    /** Unit-scaled channels (one for grey, three for 16-bit colour) into interleaved 0–255 rows. */
    private static void horizontalUnit(float[][] unit, int w, int h, ResampleAxis xs, int size, float[] rows) {
        int taps = xs.taps;
        int nc = unit.length;
        IntStream.range(0, h).parallel().forEach(y -> {
            int row = y * w;
            for (int ox = 0; ox < size; ox++) {
                int first = xs.start[ox];
                int base = ox * taps;
                for (int c = 0; c < nc; c++) {
                    float[] channel = unit[c];
                    float v = 0;
                    for (int k = 0; k < taps; k++) {
                        float wgt = xs.weights[base + k];
                        if (wgt != 0f) {
                            v += wgt * channel[row + first + k];
                        }
                    }
                    rows[(y * size + ox) * nc + c] = v * 255f;
                }
            }
        });
    }
}
