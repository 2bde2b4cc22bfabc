package io.github.parallaxlayers.export.exr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One header attribute as OpenEXR stores it: a type name and the value's little-endian bytes.
 *
 * @param type  the attribute type name, e.g. {@code float}, {@code v2f}, {@code m44f}, {@code string}
 * @param value the value's bytes, without the size that precedes them in the file
 */
public record ExrAttribute(String type, byte[] value) {

    public static ExrAttribute ofFloat(float v) {
        return new ExrAttribute("float", buffer(4).putFloat(v).array());
    }

    public static ExrAttribute ofInt(int v) {
        return new ExrAttribute("int", buffer(4).putInt(v).array());
    }

    public static ExrAttribute ofV2f(float x, float y) {
        return new ExrAttribute("v2f", buffer(8).putFloat(x).putFloat(y).array());
    }

    /** A 4×4 matrix, row after row; OpenEXR (Imath) multiplies row vectors from the left: p' = p·M. */
    public static ExrAttribute ofM44f(double[][] m) {
        ByteBuffer b = buffer(64);
        for (double[] row : m) {
            for (double v : row) {
                b.putFloat((float) v);
            }
        }
        return new ExrAttribute("m44f", b.array());
    }

    /** The CIE xy of the red, green and blue primaries and of the white point. */
    public static ExrAttribute ofChromaticities(float... xy) {
        if (xy.length != 8) {
            throw new IllegalArgumentException("chromaticities need 8 numbers");
        }
        ByteBuffer b = buffer(32);
        for (float v : xy) {
            b.putFloat(v);
        }
        return new ExrAttribute("chromaticities", b.array());
    }

    public static ExrAttribute ofString(String s) {
        return new ExrAttribute("string", s.getBytes(StandardCharsets.UTF_8));
    }

    public float asFloat() {
        return reader().getFloat();
    }

    public int asInt() {
        return reader().getInt();
    }

    public float[] asFloats() {
        ByteBuffer b = reader();
        float[] out = new float[value.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }

    public String asString() {
        return new String(value, StandardCharsets.UTF_8);
    }

    private ByteBuffer reader() {
        return ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
