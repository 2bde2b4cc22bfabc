package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.Labeled;

/**
 * The folder layouts of the interactive-segmentation benchmarks, as RITM's dataset classes read them. Images
 * and masks are matched by file name without extension (case-sensitive, extension case ignored).
 */
public enum DatasetLayout implements Labeled {
    /** {@code data_GT/} images, {@code boundary_GT/} masks: 0 background, 128 ignore band, above 128 object. */
    GRABCUT("data_GT", "boundary_GT"),
    /** {@code images/}, {@code masks/}: object where channel 0 (OpenCV order: blue, or the grey value) is above 128. */
    BERKELEY("images", "masks"),
    /** {@code img/}, {@code gt/} palette PNGs: every non-zero palette index is the object. */
    DAVIS("img", "gt"),
    /** {@code images/}, {@code masks/}: object where the brightest channel is at least 128 (0/255 masks). */
    PAIRS("images", "masks");

    private final String imageFolder;
    private final String maskFolder;

    DatasetLayout(String imageFolder, String maskFolder) {
        this.imageFolder = imageFolder;
        this.maskFolder = maskFolder;
    }

    public String imageFolder() {
        return imageFolder;
    }

    public String maskFolder() {
        return maskFolder;
    }
}
