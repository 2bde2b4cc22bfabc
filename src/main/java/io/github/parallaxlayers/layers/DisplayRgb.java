package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;

/**
 * Converts any plate to packed 8-bit RGB for layer images: RGB as is, 8-bit grey replicated, 16- and 32-bit
 * grey scaled linearly from their minimum–maximum to 0–255 (the same rule as {@link Plate#toUnitChannels()}).
 */
public final class DisplayRgb {

    private DisplayRgb() {
    }

    public static int[] of(Plate plate) {
        if (plate.type() == io.github.parallaxlayers.core.PixelType.RGB) {
            return (int[]) plate.pixels();
        }
        float[] grey = plate.toUnitChannels()[0];
        int[] rgb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int v = Math.round(Math.max(0f, Math.min(1f, grey[i])) * 255f);
            rgb[i] = v << 16 | v << 8 | v;
        }
        return rgb;
    }
}
