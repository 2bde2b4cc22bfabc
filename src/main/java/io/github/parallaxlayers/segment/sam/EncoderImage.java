package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;

/**
 * A plate as SAM's image encoder wants it (model-contracts.md §1.2): RGB on the 0–255 scale, resized so the
 * longest side is 1024 with an antialiased bilinear filter. Colour plates are used as they are; a grey plate
 * becomes R = G = B. 16- and 32-bit plates are stretched to 0–255 by their own minimum and maximum over the
 * finite values (min–max, the same rule as {@link Plate#toUnitChannels()}); NaN and infinities count as 0.
 * The result can be given either as the raw resized HWC image (encoders with the pre-processing in the graph)
 * or normalised and zero-padded to {@code [1, 3, 1024, 1024]} (encoders without it).
 */
public final class EncoderImage {
    /** SAM's pixel mean and standard deviation, RGB, on the 0–255 scale ({@code Sam.__init__}). */
    static final float[] MEAN = {123.675f, 116.28f, 103.53f};
    static final float[] STD = {58.395f, 57.12f, 57.375f};

    private final SamFrame frame;
    private final float[][] planes; // 3 × resizedHeight × resizedWidth, 0..255

    private EncoderImage(SamFrame frame, float[][] planes) {
        this.frame = frame;
        this.planes = planes;
    }

    /** The SAM v1 input: longest side 1024, aspect kept. */
    public static EncoderImage of(Plate plate) {
        return resized(plate, SamFrame.of(plate.width(), plate.height()));
    }

    /** The SAM 2 input: stretched to 1024 × 1024 with the same filter. */
    public static EncoderImage stretched(Plate plate) {
        return resized(plate, SamFrame.stretched(plate.width(), plate.height()));
    }

    private static EncoderImage resized(Plate plate, SamFrame frame) {
        int channels = plate.channels();
        float[] range = range(plate);
        int w = plate.width();
        int h = plate.height();
        int outW = frame.resizedWidth();
        int outH = frame.resizedHeight();
        ResizeTaps horizontal = new ResizeTaps(w, outW);
        ResizeTaps vertical = new ResizeTaps(h, outH);
        float[][] rows = new float[channels][h * outW];
        Parallel.rows(h, (from, to) -> {
            if (plate.type() == PixelType.RGB) {
                for (int y = from; y < to; y++) {
                    convolveRgb((int[]) plate.pixels(), y * w, horizontal, rows, y * outW, outW);
                }
                return;
            }
            float[][] line = new float[channels][w];
            for (int y = from; y < to; y++) {
                unpackRow(plate, y, range, line);
                for (int c = 0; c < channels; c++) {
                    convolve(line[c], 0, 1, horizontal, rows[c], y * outW, 1, outW);
                }
            }
        });
        float[][] planes = new float[3][];
        for (int c = 0; c < channels; c++) {
            float[] in = rows[c];
            float[] out = new float[outH * outW];
            Parallel.rows(outH, (from, to) -> {
                for (int o = from; o < to; o++) {
                    int base = o * vertical.stride;
                    int row = o * outW;
                    for (int k = 0; k < vertical.count[o]; k++) {
                        float weight = vertical.weights[base + k];
                        int src = (vertical.first[o] + k) * outW;
                        for (int x = 0; x < outW; x++) {
                            out[row + x] += weight * in[src + x];
                        }
                    }
                }
            });
            planes[c] = out;
        }
        if (channels == 1) {
            planes[1] = planes[0];
            planes[2] = planes[0];
        }
        return new EncoderImage(frame, planes);
    }

    /** The horizontal pass of one packed RGB row, all three channels in one sweep over the taps. */
    private static void convolveRgb(int[] pixels, int rowStart, ResizeTaps taps, float[][] out, int outOffset,
                                    int outCount) {
        float[] red = out[0];
        float[] green = out[1];
        float[] blue = out[2];
        for (int o = 0; o < outCount; o++) {
            int base = o * taps.stride;
            int src = rowStart + taps.first[o];
            float r = 0;
            float g = 0;
            float b = 0;
            for (int k = 0, n = taps.count[o]; k < n; k++) {
                float weight = taps.weights[base + k];
                int v = pixels[src + k];
                r += weight * ((v >> 16) & 0xff);
                g += weight * ((v >> 8) & 0xff);
                b += weight * (v & 0xff);
            }
            red[outOffset + o] = r;
            green[outOffset + o] = g;
            blue[outOffset + o] = b;
        }
    }

    private static void convolve(float[] in, int offset, int step, ResizeTaps taps, float[] out, int outOffset,
                                 int outStep, int outCount) {
        for (int o = 0; o < outCount; o++) {
            int base = o * taps.stride;
            int src = offset + taps.first[o] * step;
            float sum = 0;
            for (int k = 0; k < taps.count[o]; k++) {
                sum += taps.weights[base + k] * in[src + k * step];
            }
            out[outOffset + o * outStep] = sum;
        }
    }

    /**
     * {min, 255 / (max − min)} for 16/32-bit plates (over all three channels of 16-bit colour, so hues are kept),
     * {0, 1} for 8-bit and RGB.
     */
    private static float[] range(Plate plate) {
        if (plate.type() == PixelType.GRAY8 || plate.type() == PixelType.RGB) {
            return new float[] {0, 1};
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < plate.channels(); c++) {
            for (int i = 0; i < plate.size(); i++) {
                float v = plate.sample(c, i);
                if (Float.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            return new float[] {Float.isFinite(min) ? min : 0, 0};
        }
        return new float[] {min, 255f / (max - min)};
    }

    private static void unpackRow(Plate plate, int y, float[] range, float[][] line) {
        int w = plate.width();
        int start = y * w;
        switch (plate.type()) {
            case RGB -> {
                int[] p = (int[]) plate.pixels();
                for (int x = 0; x < w; x++) {
                    int v = p[start + x];
                    line[0][x] = (v >> 16) & 0xff;
                    line[1][x] = (v >> 8) & 0xff;
                    line[2][x] = v & 0xff;
                }
            }
            case GRAY8 -> {
                byte[] p = (byte[]) plate.pixels();
                for (int x = 0; x < w; x++) {
                    line[0][x] = p[start + x] & 0xff;
                }
            }
            case GRAY16 -> {
                short[] p = (short[]) plate.pixels();
                for (int x = 0; x < w; x++) {
                    line[0][x] = ((p[start + x] & 0xffff) - range[0]) * range[1];
                }
            }
            case RGB48 -> {
                for (int c = 0; c < 3; c++) {
                    short[] p = plate.plane16(c);
                    for (int x = 0; x < w; x++) {
                        line[c][x] = ((p[start + x] & 0xffff) - range[0]) * range[1];
                    }
                }
            }
            case GRAY32 -> {
                float[] p = (float[]) plate.pixels();
                for (int x = 0; x < w; x++) {
                    float v = p[start + x];
                    line[0][x] = Float.isFinite(v) ? (v - range[0]) * range[1] : 0f;
                }
            }
        }
    }

    public SamFrame frame() {
        return frame;
    }

    /** Resized red, green or blue, 0–255, resizedHeight × resizedWidth (shared; do not write). */
    public float[] plane(int channel) {
        return planes[channel];
    }

    /** The resized image as {@code [resizedHeight, resizedWidth, 3]}, 0–255 (the {@code input_image} of an encoder with pre-processing). */
    public float[] hwc() {
        int n = frame.resizedWidth() * frame.resizedHeight();
        float[] out = new float[n * 3];
        for (int i = 0; i < n; i++) {
            out[3 * i] = planes[0][i];
            out[3 * i + 1] = planes[1][i];
            out[3 * i + 2] = planes[2][i];
        }
        return out;
    }

    /** ImageNet mean and standard deviation on 0–1, RGB (SAM 2's {@code SAM2Transforms}). */
    static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};
    static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};

    /** {@code (v/255 − mean)/std} with ImageNet constants, {@code [1, 3, h, w]} of the resized image (SAM 2). */
    public float[] imagenetNormalised() {
        int n = frame.resizedWidth() * frame.resizedHeight();
        float[] out = new float[3 * n];
        for (int c = 0; c < 3; c++) {
            float[] plane = planes[c];
            float scale = 1f / (255f * IMAGENET_STD[c]);
            float shift = IMAGENET_MEAN[c] / IMAGENET_STD[c];
            int base = c * n;
            for (int i = 0; i < n; i++) {
                out[base + i] = plane[i] * scale - shift;
            }
        }
        return out;
    }

    /** Normalised with SAM's mean and std, zero-padded at the bottom and right: {@code [1, 3, 1024, 1024]}. */
    public float[] normalisedPadded() {
        int side = SamFrame.SIDE;
        int w = frame.resizedWidth();
        int h = frame.resizedHeight();
        float[] out = new float[3 * side * side];
        for (int c = 0; c < 3; c++) {
            float[] plane = planes[c];
            float mean = MEAN[c];
            float scale = 1f / STD[c];
            int base = c * side * side;
            Parallel.rows(h, (from, to) -> {
                for (int y = from; y < to; y++) {
                    int src = y * w;
                    int dst = base + y * side;
                    for (int x = 0; x < w; x++) {
                        out[dst + x] = (plane[src + x] - mean) * scale;
                    }
                }
            });
        }
        return out;
    }
}
