package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;

/**
 * Relative inverse depth, one float per pixel, larger = nearer (the convention of disparity, Depth Anything and
 * MiDaS). Only the order of values is trusted: scale and shift are unknown. NaN marks an unknown pixel (an
 * occlusion hole of a stereo map, a missing LiDAR return).
 */
public final class DepthMap {
    private final int width;
    private final int height;
    private final float[] inverse;

    /** Shares {@code inverse} (NaN = unknown), which the caller must not change afterwards. */
    public DepthMap(int width, int height, float[] inverse) {
        if (width <= 0 || height <= 0 || inverse.length != width * height) {
            throw new IllegalArgumentException(inverse.length + " values for " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.inverse = inverse;
    }

    /**
     * A user's depth image of any bit depth as inverse depth.
     *
     * @param kind        whether the values are distances (converted to 1 / value) or disparities (kept)
     * @param zeroUnknown 0 means "no measurement" (Middlebury, most LiDAR exports) rather than a real value; a
     *                    distance of 0 or less is always unknown, since nothing sits at the camera
     */
    public static DepthMap fromPlate(Plate image, DepthKind kind, boolean zeroUnknown) {
        if (image.type() == PixelType.RGB) {
            throw new InvalidInputException("A depth map must be an 8-, 16- or 32-bit grey image, not RGB colour: "
                    + "convert it with Image > Type > 32-bit (or use the map's raw grey export).");
        }
        if (image.type() == PixelType.RGB48) {
            throw new InvalidInputException("A depth map must be an 8-, 16- or 32-bit grey image, not 16-bit colour"
                    + " (3 channels): keep the channel that holds the depth with Image > Duplicate... (one channel),"
                    + " or use the map's raw grey export.");
        }
        int n = image.size();
        float[] out = new float[n];
        int known = 0;
        for (int i = 0; i < n; i++) {
            float v = image.sample(0, i);
            float inv;
            if (!Float.isFinite(v) || (zeroUnknown && v == 0)) {
                inv = Float.NaN;
            } else if (kind == DepthKind.DEPTH) {
                inv = v > 0 ? 1f / v : Float.NaN;
            } else {
                inv = v;
            }
            out[i] = inv;
            if (inv == inv) {
                known++;
            }
        }
        if (known == 0) {
            throw new InvalidInputException("The depth map has no known value (every pixel is 0, negative or not a "
                    + "number): check kind=" + kind.label() + " and whether 0 really means unknown in this map.");
        }
        return new DepthMap(image.width(), image.height(), out);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int size() {
        return inverse.length;
    }

    /** The inverse depth of pixel {@code i}, NaN when unknown. */
    public float at(int i) {
        return inverse[i];
    }

    /** The values themselves (shared; do not write). */
    public float[] values() {
        return inverse;
    }

    public int knownCount() {
        int n = 0;
        for (float v : inverse) {
            if (v == v) {
                n++;
            }
        }
        return n;
    }

    /** {min, max} of the known values. */
    public float[] range() {
        return knownRange(inverse);
    }

    /** {min, max} of the values that are not NaN (unknown); {+∞, −∞} when there are none. */
    static float[] knownRange(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new float[] {min, max};
    }

    /**
     * A copy with every unknown pixel filled from its row: the farther (smaller) of the nearest known values to
     * its left and right. Stereo holes are occlusions, which belong to the surface behind the occluder, so the
     * farther neighbour is the right guess; a row with nothing known takes the nearest filled row above/below.
     */
    public DepthMap withUnknownFilled() {
        float[] out = inverse.clone();
        float[] right = new float[width];
        boolean[] rowKnown = new boolean[height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            float next = Float.NaN;
            for (int x = width - 1; x >= 0; x--) {
                float v = inverse[row + x];
                if (v == v) {
                    next = v;
                }
                right[x] = next;
            }
            float previous = Float.NaN;
            for (int x = 0; x < width; x++) {
                float v = inverse[row + x];
                if (v == v) {
                    previous = v;
                    rowKnown[y] = true;
                } else if (previous == previous) {
                    float r = right[x];
                    out[row + x] = r == r ? Math.min(previous, r) : previous;
                } else {
                    out[row + x] = right[x];
                }
            }
        }
        fillEmptyRows(out, rowKnown);
        return new DepthMap(width, height, out);
    }

    /** Copies into every row with nothing known the nearest row that had something known (the upper one on a tie). */
    private void fillEmptyRows(float[] out, boolean[] rowKnown) {
        int[] above = new int[height];
        int last = -1;
        for (int y = 0; y < height; y++) {
            last = rowKnown[y] ? y : last;
            above[y] = last;
        }
        int next = -1;
        for (int y = height - 1; y >= 0; y--) {
            next = rowKnown[y] ? y : next;
            if (rowKnown[y]) {
                continue;
            }
            int up = above[y];
            int from = up < 0 ? next : next < 0 || y - up <= next - y ? up : next;
            if (from < 0) {
                throw new InvalidInputException("The depth map has no known value: nothing to fill unknown pixels "
                        + "from.");
            }
            System.arraycopy(out, from * width, out, y * width, width);
        }
    }
}
