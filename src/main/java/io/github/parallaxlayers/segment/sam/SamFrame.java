package io.github.parallaxlayers.segment.sam;

/**
 * The SAM v1 encoder frame of a plate (model-contracts.md §1.2, §1.4.1): the plate is resized so its longest
 * side is 1024, sides rounded with {@code floor(v + 0.5)}, then padded at the bottom and right to 1024 × 1024.
 * Prompt coordinates follow the resize, each axis with its own (rounded) factor, as SAM's
 * {@code ResizeLongestSide.apply_coords} does.
 */
public record SamFrame(int width, int height, int resizedWidth, int resizedHeight) {
    public static final int SIDE = 1024;

    public static SamFrame of(int width, int height) {
        double scale = SIDE / (double) Math.max(width, height);
        return new SamFrame(width, height, (int) Math.floor(width * scale + 0.5),
                (int) Math.floor(height * scale + 0.5));
    }

    /**
     * The SAM 2 frame (model-contracts.md §3.1, §3.4): the plate stretched to 1024 × 1024, each axis on its own,
     * no padding.
     */
    public static SamFrame stretched(int width, int height) {
        return new SamFrame(width, height, SIDE, SIDE);
    }

    /** x in plate pixels → x in the resized frame (the graph adds the half-pixel itself, so none here). */
    public float mapX(double x) {
        return (float) (x * resizedWidth / width);
    }

    public float mapY(double y) {
        return (float) (y * resizedHeight / height);
    }
}
