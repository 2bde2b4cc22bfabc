package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.Labeled;

/** The sample type of the colour, alpha and depth channels of an EXR export ({@code precision=}). */
public enum ExrPrecision implements Labeled {
    /** 16-bit float: what compositors expect for colour, about three decimal digits, half the size. */
    HALF(1, 2),
    /** 32-bit float, for depth or data that must keep every digit. */
    FLOAT(2, 4);

    private final int code;
    private final int bytes;

    ExrPrecision(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The pixel type number of the OpenEXR channel list (0 UINT, 1 HALF, 2 FLOAT). */
    int code() {
        return code;
    }

    int bytes() {
        return bytes;
    }
}
