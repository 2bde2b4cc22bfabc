package io.github.parallaxlayers.core;

/** The pixel types a plate may have; all five are valid plates. */
public enum PixelType {
    /** Unsigned 8-bit grey, {@code byte[]}. */
    GRAY8(1),
    /** Unsigned 16-bit grey, {@code short[]}. */
    GRAY16(1),
    /** 32-bit float grey, {@code float[]}. */
    GRAY32(1),
    /** 8 bits per channel colour packed as 0xRRGGBB, {@code int[]}. */
    RGB(3),
    /**
     * Unsigned 16 bits per channel colour ("RGB48", ImageJ's 3-channel 16-bit image), {@code short[][]} of three
     * planes red, green, blue, each width × height values row by row.
     */
    RGB48(3);

    private final int channels;

    PixelType(int channels) {
        this.channels = channels;
    }

    public int channels() {
        return channels;
    }
}
