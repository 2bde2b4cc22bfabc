package io.github.parallaxlayers.export.exr;

/**
 * IEEE 754 binary16 ("half") conversion, as OpenEXR stores HALF samples. {@code Float.floatToFloat16} arrived only
 * in Java 20; this is the same conversion: round to nearest, ties to even, overflow to infinity, NaN kept NaN.
 */
public final class Half {
    /** The largest finite half, 65504. */
    public static final float MAX = 65504f;

    private Half() {
    }

    public static short fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = bits >>> 16 & 0x8000;
        int abs = bits & 0x7fffffff;
        if (abs >= 0x7f800000) { // infinity, or NaN (kept a quiet NaN with the top of its payload)
            return (short) (sign | 0x7c00 | (abs > 0x7f800000 ? 0x200 | abs >>> 13 & 0x3ff : 0));
        }
        if (abs >= 0x477ff000) { // 65520 and up: halfway to 2^16 or beyond, rounds to infinity
            return (short) (sign | 0x7c00);
        }
        if (abs >= 0x38800000) { // 2^-14 and up: a normal half; add just under half an ulp, plus one on a tie to odd
            int rounded = abs + 0xfff + (abs >>> 13 & 1);
            return (short) (sign | (rounded - 0x38000000) >>> 13);
        }
        if (abs <= 0x33000000) { // up to 2^-25, half the smallest subnormal: ties to even, which is zero
            return (short) sign;
        }
        // a subnormal half counts units of 2^-24: the 24-bit significand shifted right, rounded to nearest even
        int exponent = abs >>> 23;
        int significand = abs & 0x7fffff | 0x800000;
        int shift = 126 - exponent;
        int units = significand >>> shift;
        int rest = significand & (1 << shift) - 1;
        int halfway = 1 << shift - 1;
        if (rest > halfway || rest == halfway && (units & 1) == 1) {
            units++;
        }
        return (short) (sign | units);
    }

    public static float toFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exponent = h >>> 10 & 0x1f;
        int mantissa = h & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | mantissa << 13);
        }
        if (exponent == 0) {
            float magnitude = mantissa * 0x1p-24f; // exact: at most 10 significant bits
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | exponent + 112 << 23 | mantissa << 13);
    }
}
