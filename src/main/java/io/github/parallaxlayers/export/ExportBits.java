package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.layers.LayerStack;

/**
 * Bits per channel of the PNG folder's layer images and filled plate, and of the TIFF ({@code bits=}). The OpenRaster
 * layers and the glTF textures are those same PNGs; the Photoshop file and the OpenRaster merged image and thumbnail
 * always carry the 8-bit view.
 */
public enum ExportBits implements Labeled {
    /** 16 for a stack made from a 16- or 32-bit plate, 8 otherwise. */
    AUTO("auto"),
    EIGHT("8"),
    /** 16 bits even for an 8-bit stack (each value × 257, exact), for pipelines that want one depth throughout. */
    SIXTEEN("16");

    private final String label;

    ExportBits(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public int resolve(LayerStack stack) {
        return switch (this) {
            case AUTO -> stack.bitsPerChannel();
            case EIGHT -> 8;
            case SIXTEEN -> 16;
        };
    }
}
