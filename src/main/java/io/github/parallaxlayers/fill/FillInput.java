package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

import java.util.Objects;

/** Checks shared by the fills, and the final step that keeps the pixels outside the hole bit-identical. */
public final class FillInput {
    private FillInput() {
    }

    /**
     * The first check of every inpainter: the hole has the plate's size. True when the hole is empty, so there is
     * nothing to fill and the inpainter returns a copy of the plate.
     */
    public static boolean nothingToFill(Plate plate, Mask hole) {
        checkSameSize(plate, hole);
        return hole.isEmpty();
    }

    /** Refuses a hole over the whole plate, which leaves an exemplar fill nothing to fill from ({@code message}). */
    public static void requireContext(Mask hole, String message) {
        if (hole.count() == hole.size()) {
            throw new InvalidInputException(message);
        }
    }

    public static void checkSameSize(Plate plate, Mask hole) {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(hole, "hole");
        if (!hole.sameSize(plate.width(), plate.height())) {
            throw new InvalidInputException("The hole mask is " + hole.width() + "x" + hole.height()
                    + " but the plate is " + plate.width() + "x" + plate.height()
                    + "; use a mask made on this plate (or scale it to the plate's size).");
        }
    }

    /**
     * A new plate holding {@code filled}'s pixels inside the hole and {@code original}'s everywhere else,
     * copied as raw values: rounding or clamping in {@link Plate#withChannels} must never touch a pixel the
     * user did not ask to fill.
     */
    public static Plate restoreOutside(Plate original, Plate filled, Mask hole) {
        byte[] m = hole.data();
        if (original.type() == PixelType.RGB48) {
            for (int c = 0; c < 3; c++) {
                copyOutside(original.plane16(c), filled.plane16(c), m);
            }
        } else {
            copyOutside(original.pixels(), filled.pixels(), m);
        }
        return filled;
    }

    /** Copies the pixels outside the hole from one array to another of the same type, a run of them at a time. */
    private static void copyOutside(Object in, Object out, byte[] m) {
        int i = 0;
        while (i < m.length) {
            if (m[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < m.length && m[i] == 0) {
                i++;
            }
            System.arraycopy(in, start, out, start, i - start);
        }
    }

    /**
     * A copy of {@code original} with only the hole's pixels replaced by {@code raw} (the plate's own units, one
     * array per channel), rounded and clamped as {@link Plate#withChannels} does; every other pixel is the raw
     * original value. Touches no pixel outside the hole, so it costs a copy plus the hole.
     */
    public static Plate withHole(Plate original, float[][] raw, Mask hole) {
        Plate out = original.copy();
        byte[] m = hole.data();
        switch (original.type()) {
            case GRAY8 -> {
                byte[] o = (byte[]) out.pixels();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0) {
                        o[i] = (byte) clampRound(raw[0][i], 255);
                    }
                }
            }
            case GRAY16 -> {
                short[] o = (short[]) out.pixels();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0) {
                        o[i] = (short) clampRound(raw[0][i], 65535);
                    }
                }
            }
            case GRAY32 -> {
                float[] o = (float[]) out.pixels();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0) {
                        o[i] = raw[0][i];
                    }
                }
            }
            case RGB -> {
                int[] o = (int[]) out.pixels();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0) {
                        o[i] = clampRound(raw[0][i], 255) << 16 | clampRound(raw[1][i], 255) << 8
                                | clampRound(raw[2][i], 255);
                    }
                }
            }
            case RGB48 -> {
                for (int c = 0; c < 3; c++) {
                    short[] o = out.plane16(c);
                    for (int i = 0; i < m.length; i++) {
                        if (m[i] != 0) {
                            o[i] = (short) clampRound(raw[c][i], 65535);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static int clampRound(float v, int max) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= max ? max : Math.round(v);
    }
}
