package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.Labeled;

/** How an EXR export's scanline blocks are stored ({@code compression=}). */
public enum ExrCompression implements Labeled {
    /** Lossless zlib over 16-scanline blocks, after OpenEXR's byte interleave and delta predictor. */
    ZIP(3, 16),
    /** Uncompressed, one scanline per block: largest, fastest to write and read. */
    NONE(0, 1);

    private final int code;
    private final int linesPerBlock;

    ExrCompression(int code, int linesPerBlock) {
        this.code = code;
        this.linesPerBlock = linesPerBlock;
    }

    /** The value of the {@code compression} attribute. */
    int code() {
        return code;
    }

    int linesPerBlock() {
        return linesPerBlock;
    }
}
