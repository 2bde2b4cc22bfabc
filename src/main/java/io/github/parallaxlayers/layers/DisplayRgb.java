package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;

/**
 * Converts any plate to packed 8-bit RGB for layer images: RGB as is, 8-bit grey replicated, 16- and 32-bit
 * grey and 16-bit colour scaled linearly from their minimum–maximum to 0–255 (the same rule as
 * {@link Plate#toUnitChannels()}: one range for all three channels of a colour plate).
 */
public final class DisplayRgb {

    private DisplayRgb() {
    }

    public static int[] of(Plate plate) {
        if (plate.type() == io.github.parallaxlayers.core.PixelType.RGB) {
            return (int[]) plate.pixels();
        }
        float[][] unit = plate.toUnitChannels();
        int last = unit.length - 1;
        int[] rgb = new int[plate.size()];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = toByte(unit[0][i]) << 16 | toByte(unit[Math.min(1, last)][i]) << 8 | toByte(unit[last][i]);
        }
        return rgb;
    }

    private static int toByte(float unit) {
        return Math.round(Math.max(0f, Math.min(1f, unit)) * 255f);
    }
}
