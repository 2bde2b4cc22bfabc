package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

import java.util.Arrays;

/**
 * A mask kept as runs along rows (start index in a plate-size raster, length), as SAM's generator keeps its
 * candidates in RLE: a thousand prompts × three candidates of a 1920 × 1080 plate would be gigabytes as byte masks,
 * while runs of object masks take a few kilobytes each.
 */
final class MaskRuns {
    private final int width;
    private final int height;
    private final int[] runs; // start0, length0, start1, length1, ...
    private final int area;
    private final Box box;

    MaskRuns(int width, int height, int[] runs, int area, Box box) {
        this.width = width;
        this.height = height;
        this.runs = runs;
        this.area = area;
        this.box = box;
    }

    int area() {
        return area;
    }

    Box box() {
        return box;
    }

    /** These runs, found in a crop at ({@code dx}, {@code dy}), in a plate of {@code plateWidth} × {@code plateHeight}. */
    MaskRuns shifted(int dx, int dy, int plateWidth, int plateHeight) {
        if (dx == 0 && dy == 0 && plateWidth == width && plateHeight == height) {
            return this;
        }
        int[] out = new int[runs.length];
        for (int r = 0; r < runs.length; r += 2) {
            int y = runs[r] / width;
            int x = runs[r] % width;
            out[r] = (y + dy) * plateWidth + x + dx;
            out[r + 1] = runs[r + 1];
        }
        return new MaskRuns(plateWidth, plateHeight, out, area,
                new Box(box.x() + dx, box.y() + dy, box.width(), box.height()));
    }

    Mask toMask() {
        byte[] data = new byte[width * height];
        for (int r = 0; r < runs.length; r += 2) {
            Arrays.fill(data, runs[r], runs[r] + runs[r + 1], Mask.ON);
        }
        return Mask.wrap(width, height, data);
    }

    /** Collects the runs of one candidate row by row; reused across candidates to avoid garbage. */
    static final class Builder {
        private int[] runs = new int[256];
        private int size;
        private int width;
        private int height;
        private int area;
        private int minX;
        private int minY;
        private int maxX;
        private int maxY;

        void start(int width, int height) {
            this.width = width;
            this.height = height;
            size = 0;
            area = 0;
            minX = Integer.MAX_VALUE;
            minY = Integer.MAX_VALUE;
            maxX = -1;
            maxY = -1;
        }

        /** A run of {@code length} pixels from (x, y) along the row. */
        void add(int x, int y, int length) {
            if (size + 2 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[size++] = y * width + x;
            runs[size++] = length;
            area += length;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x + length - 1);
            minY = Math.min(minY, y);
            maxY = y;
        }

        int area() {
            return area;
        }

        /** The bounds so far (null while empty): known before the runs are copied, for the crop-edge test. */
        Box box() {
            return area == 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
        }

        MaskRuns build() {
            return new MaskRuns(width, height, Arrays.copyOf(runs, size), area, box());
        }
    }
}
