package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.Labeled;

/** The sample type of the colour, alpha and depth channels of an EXR export ({@code precision=}). */
public enum ExrPrecision implements Labeled {
    /** 16-bit float: what compositors expect for colour, about three decimal digits, half the size. */
    HALF("half", 1, 2),
    /** 32-bit float, for depth or data that must keep every digit. */
    FLOAT("float", 2, 4);

    private final String label;
    private final int code;
    private final int bytes;

    ExrPrecision(String label, int code, int bytes) {
        this.label = label;
        this.code = code;
        this.bytes = bytes;
    }

    @Override
    public String label() {
        return label;
    }

    /** The pixel type number of the OpenEXR channel list (0 UINT, 1 HALF, 2 FLOAT). */
    int code() {
        return code;
    }

    int bytes() {
        return bytes;
    }
}
