package io.github.parallaxlayers.core;

import java.util.Objects;

/**
 * A photograph to cut into layers, independent of ImageJ: width, height, pixel type and one primitive pixel
 * array ({@code byte[]}, {@code short[]}, {@code float[]} or packed RGB {@code int[]}), row by row, or for
 * {@link PixelType#RGB48} three {@code short[]} planes red, green, blue in a {@code short[][]}. The arrays
 * are shared, not copied, so wrapping an image costs nothing; algorithms never write into a plate they were
 * given — they build a new one.
 */
public final class Plate {
    private final int width;
    private final int height;
    private final PixelType type;
    private final Object pixels;

    public Plate(int width, int height, PixelType type, Object pixels) {
        if (width <= 0 || height <= 0) {
            throw new InvalidInputException("A plate must have a positive size; got " + width + "x" + height + ".");
        }
        this.width = width;
        this.height = height;
        this.type = Objects.requireNonNull(type);
        this.pixels = Objects.requireNonNull(pixels);
        int length = switch (type) {
            case GRAY8 -> ((byte[]) pixels).length;
            case GRAY16 -> ((short[]) pixels).length;
            case GRAY32 -> ((float[]) pixels).length;
            case RGB -> ((int[]) pixels).length;
            case RGB48 -> planesLength((short[][]) pixels);
        };
        if (length != width * height) {
            throw new IllegalArgumentException("pixel array has " + length + " values for " + width + "x" + height);
        }
    }

    public static Plate rgb(int width, int height, int[] packedRgb) {
        return new Plate(width, height, PixelType.RGB, packedRgb);
    }

    /** A 16-bit colour plate from its three planes (shared, not copied). */
    public static Plate rgb48(int width, int height, short[] red, short[] green, short[] blue) {
        return new Plate(width, height, PixelType.RGB48, new short[][] {red, green, blue});
    }

    public static Plate gray8(int width, int height, byte[] values) {
        return new Plate(width, height, PixelType.GRAY8, values);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return width * height;
    }

    public PixelType type() {
        return type;
    }

    public int channels() {
        return type.channels();
    }

    /** The pixel array itself (shared). */
    public Object pixels() {
        return pixels;
    }

    /** The raw value of one channel at pixel index {@code i}: 0–255, 0–65535 (GRAY16, RGB48) or the float itself. */
    public float sample(int channel, int i) {
        return switch (type) {
            case GRAY8 -> ((byte[]) pixels)[i] & 0xff;
            case GRAY16 -> ((short[]) pixels)[i] & 0xffff;
            case GRAY32 -> ((float[]) pixels)[i];
            case RGB -> (((int[]) pixels)[i] >> (16 - 8 * channel)) & 0xff;
            case RGB48 -> ((short[][]) pixels)[channel][i] & 0xffff;
        };
    }

    /** Raw values, one float array per channel (a copy). */
    public float[][] toChannels() {
        float[][] channels = new float[channels()][size()];
        for (int c = 0; c < channels.length; c++) {
            float[] out = channels[c];
            for (int i = 0; i < out.length; i++) {
                out[i] = sample(c, i);
            }
        }
        return channels;
    }

    /**
     * Channels scaled to about 0–1 for algorithms that compare colours: 8-bit and RGB by 255, 16- and 32-bit by
     * the plate's own minimum and maximum (finite values only), so a 12-bit camera plate or an HDR float plate
     * gets the same contrast as an 8-bit one. 16-bit colour uses one minimum and maximum over all three channels:
     * scaling each channel on its own would shift the hues.
     */
    public float[][] toUnitChannels() {
        float[][] channels = toChannels();
        float[] range = unitRange();
        float min = range[0];
        float scale = 1f / (range[1] - min);
        for (float[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                float v = channel[i];
                channel[i] = Float.isFinite(v) ? (v - min) * scale : 0f;
            }
        }
        return channels;
    }

    /**
     * The raw {min, max} that {@link #toUnitChannels()} maps to 0–1: {0, 255} for 8-bit and RGB, else the finite
     * minimum and maximum over every channel ({0, 1} for a flat plate).
     */
    public float[] unitRange() {
        if (type == PixelType.GRAY8 || type == PixelType.RGB) {
            return new float[] {0, 255};
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        int n = size();
        for (int c = 0; c < channels(); c++) {
            for (int i = 0; i < n; i++) {
                float v = sample(c, i);
                if (Float.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > min ? new float[] {min, max} : new float[] {0, 1};
    }

    /**
     * A new plate of this plate's type from raw channel values, rounded and clamped to the type's range
     * (floats are kept as they are).
     */
    public Plate withChannels(float[][] channels) {
        int n = size();
        Object out = switch (type) {
            case GRAY8 -> {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) clampRound(channels[0][i], 255);
                }
                yield b;
            }
            case GRAY16 -> {
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (short) clampRound(channels[0][i], 65535);
                }
                yield s;
            }
            case GRAY32 -> channels[0].clone();
            case RGB -> {
                int[] rgb = new int[n];
                for (int i = 0; i < n; i++) {
                    rgb[i] = clampRound(channels[0][i], 255) << 16 | clampRound(channels[1][i], 255) << 8
                            | clampRound(channels[2][i], 255);
                }
                yield rgb;
            }
            case RGB48 -> {
                short[][] planes = new short[3][n];
                for (int c = 0; c < 3; c++) {
                    for (int i = 0; i < n; i++) {
                        planes[c][i] = (short) clampRound(channels[c][i], 65535);
                    }
                }
                yield planes;
            }
        };
        return new Plate(width, height, type, out);
    }

    /** A deep copy. */
    public Plate copy() {
        Object copy = switch (type) {
            case GRAY8 -> ((byte[]) pixels).clone();
            case GRAY16 -> ((short[]) pixels).clone();
            case GRAY32 -> ((float[]) pixels).clone();
            case RGB -> ((int[]) pixels).clone();
            case RGB48 -> {
                short[][] planes = (short[][]) pixels;
                yield new short[][] {planes[0].clone(), planes[1].clone(), planes[2].clone()};
            }
        };
        return new Plate(width, height, type, copy);
    }

    /**
     * The pixel array of one channel of a 16-bit colour plate (shared); its length is {@link #size()}.
     */
    public short[] plane16(int channel) {
        if (type != PixelType.RGB48) {
            throw new IllegalStateException("plane16 is for RGB48 plates; this one is " + type);
        }
        return ((short[][]) pixels)[channel];
    }

    /** The common length of the three planes; a wrong count or unequal lengths are a programming error. */
    private static int planesLength(short[][] planes) {
        if (planes.length != 3) {
            throw new IllegalArgumentException("an RGB48 plate needs 3 planes, got " + planes.length);
        }
        int n = Objects.requireNonNull(planes[0]).length;
        if (Objects.requireNonNull(planes[1]).length != n || Objects.requireNonNull(planes[2]).length != n) {
            throw new IllegalArgumentException("RGB48 planes differ in length: " + planes[0].length + ", "
                    + planes[1].length + ", " + planes[2].length);
        }
        return n;
    }

    private static int clampRound(float v, int max) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= max ? max : Math.round(v);
    }
}
