package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;

import java.util.HexFormat;

/**
 * A 128-bit fingerprint of a plate's size, type and pixel values: the image half of the embedding cache key.
 * Two independent 64-bit multiply–xorshift lanes over the raw values; not cryptographic, but hashing a 4K RGB
 * plate costs a few milliseconds instead of SHA-256's hundred, and a chance collision of 2⁻¹²⁸ per pair is far
 * below any practical concern for a cache of one artist's plates.
 */
public final class PixelHash {
    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xC2B2AE3D27D4EB4FL;

    private PixelHash() {
    }

    public static String of(Plate plate) {
        Lanes lanes = new Lanes(mix(0x243F6A8885A308D3L ^ plate.width(), M1),
                mix(0x13198A2E03707344L ^ ((long) plate.height() << 8 | plate.type().ordinal()), M2));
        switch (plate.type()) {
            case RGB -> {
                for (int v : (int[]) plate.pixels()) {
                    lanes.add(v);
                }
            }
            case GRAY8 -> {
                for (byte v : (byte[]) plate.pixels()) {
                    lanes.add(v);
                }
            }
            case GRAY16 -> {
                for (short v : (short[]) plate.pixels()) {
                    lanes.add(v);
                }
            }
            case RGB48 -> {
                for (short[] plane : (short[][]) plate.pixels()) {
                    for (short v : plane) {
                        lanes.add(v);
                    }
                }
            }
            case GRAY32 -> {
                for (float f : (float[]) plate.pixels()) {
                    lanes.add(Float.floatToRawIntBits(f));
                }
            }
        }
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(mix(lanes.a, M2)) + hex.toHexDigits(mix(lanes.b, M1));
    }

    /** The two lanes; a value is taken as its signed int (bytes and shorts sign-extended, as cache keys always were). */
    private static final class Lanes {
        long a;
        long b;

        Lanes(long a, long b) {
            this.a = a;
            this.b = b;
        }

        void add(int v) {
            a = (a ^ v) * M1;
            b = (b + v) * M2;
            b ^= b >>> 29;
        }
    }

    private static long mix(long v, long m) {
        v ^= v >>> 33;
        v *= m;
        v ^= v >>> 29;
        return v;
    }
}
