package io.github.parallaxlayers.mask;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.Arrays;

/**
 * A binary mask independent of ImageJ: one byte per pixel, row by row, 0 = outside and 255 = inside (the
 * ImageJ convention for 8-bit masks, white = selected). The array is owned by the mask unless built with
 * {@link #wrap}, which shares it.
 */
public final class Mask {
    public static final byte ON = (byte) 255;

    private final int width;
    private final int height;
    private final byte[] data;

    private Mask(int width, int height, byte[] data) {
        if (width <= 0 || height <= 0) {
            throw new InvalidInputException("A mask must have a positive size; got " + width + "x" + height + ".");
        }
        if (data.length != width * height) {
            throw new IllegalArgumentException("mask data has " + data.length + " values for " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.data = data;
    }

    public static Mask empty(int width, int height) {
        return new Mask(width, height, new byte[width * height]);
    }

    public static Mask full(int width, int height) {
        byte[] data = new byte[width * height];
        Arrays.fill(data, ON);
        return new Mask(width, height, data);
    }

    /** Shares {@code data}, which must hold only 0 and 255. */
    public static Mask wrap(int width, int height, byte[] data) {
        return new Mask(width, height, data);
    }

    /** A mask of the pixels whose unsigned value is at least {@code threshold}. */
    public static Mask threshold(int width, int height, byte[] values, int threshold) {
        byte[] data = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if ((values[i] & 0xff) >= threshold) {
                data[i] = ON;
            }
        }
        return new Mask(width, height, data);
    }

    public static Mask fromBooleans(int width, int height, boolean[] inside) {
        byte[] data = new byte[inside.length];
        for (int i = 0; i < inside.length; i++) {
            if (inside[i]) {
                data[i] = ON;
            }
        }
        return new Mask(width, height, data);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return data.length;
    }

    /** The 0/255 bytes themselves (shared, row by row). */
    public byte[] data() {
        return data;
    }

    public boolean get(int index) {
        return data[index] != 0;
    }

    public boolean get(int x, int y) {
        return data[y * width + x] != 0;
    }

    public void set(int index, boolean inside) {
        data[index] = inside ? ON : 0;
    }

    public void set(int x, int y, boolean inside) {
        set(y * width + x, inside);
    }

    public int count() {
        int n = 0;
        for (byte b : data) {
            if (b != 0) {
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    public boolean sameSize(Mask other) {
        return width == other.width && height == other.height;
    }

    public boolean sameSize(int otherWidth, int otherHeight) {
        return width == otherWidth && height == otherHeight;
    }

    public Mask copy() {
        return new Mask(width, height, data.clone());
    }

    public Mask inverted() {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] == 0 ? ON : 0;
        }
        return new Mask(width, height, out);
    }

    /** The smallest box holding every inside pixel, or {@code null} for an empty mask. */
    public Box bounds() {
        return Box.around(width, height, i -> data[i] != 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && m.width == width && m.height == height && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Mask[" + width + "x" + height + ", " + count() + " inside]";
    }
}
