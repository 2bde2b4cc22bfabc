package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.layers.SampleCoding;

/**
 * How plate values become the scene-linear values OpenEXR holds ({@code transfer=}). An 8-bit plate is sRGB-encoded
 * (what cameras and image editors write), so it is decoded; 16- and 32-bit plates are taken as already linear (raw,
 * scans and renders usually are), each unless told otherwise.
 */
public enum ExrTransfer implements Labeled {
    /** sRGB decode for an 8-bit stack, identity for a 16/32-bit one. */
    AUTO,
    /** sRGB decode whatever the bit depth (a 16-bit plate that is sRGB-encoded, e.g. from a 16-bit PNG). */
    SRGB,
    /** No decode: the plate's encoded values as they are (display-referred), for pipelines that want them. */
    KEEP;


    /**
     * The value written for every sample code of a stack: 256 entries for an 8-bit stack (v / 255), 65536 for a
     * 16-bit one (a 16-bit plate's c / 65535, a 32-bit plate's own value min + c / 65535 · (max − min)).
     *
     * @param coding the stack's coding, {@code null} for an 8-bit stack
     */
    public float[] table(SampleCoding coding) {
        boolean decode = this == SRGB || this == AUTO && coding == null;
        int codes = coding == null ? 256 : 65536;
        float[] out = new float[codes];
        for (int c = 0; c < codes; c++) {
            double v = c / (codes - 1.0);
            if (coding != null && !coding.equals(SampleCoding.IDENTITY)) {
                v = coding.min() + v * (coding.max() - coding.min());
            }
            out[c] = (float) (decode ? srgbToLinear(v) : v);
        }
        return out;
    }

    /** The sRGB electro-optical transfer function (IEC 61966-2-1), odd-symmetric for negative values. */
    public static double srgbToLinear(double v) {
        double a = Math.abs(v);
        double l = a <= 0.04045 ? a / 12.92 : Math.pow((a + 0.055) / 1.055, 2.4);
        return Math.copySign(l, v);
    }
}
