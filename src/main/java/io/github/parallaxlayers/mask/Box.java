package io.github.parallaxlayers.mask;

import java.util.function.IntPredicate;

/** An axis-aligned box in pixels: {@code x, y} is the top-left pixel, the box holds width × height pixels. */
public record Box(int x, int y, int width, int height) {

    public int maxX() {
        return x + width - 1;
    }

    public int maxY() {
        return y + height - 1;
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    /** This box grown by {@code margin} on every side and clipped to a width × height image. */
    public Box grownWithin(int margin, int imageWidth, int imageHeight) {
        int x0 = Math.max(0, x - margin);
        int y0 = Math.max(0, y - margin);
        int x1 = Math.min(imageWidth - 1, maxX() + margin);
        int y1 = Math.min(imageHeight - 1, maxY() + margin);
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /**
     * The smallest box holding every pixel of a width × height image for which {@code inside} (given the pixel's
     * index, {@code y * width + x}) holds, or {@code null} when none does: the bounds of a mask, of a layer's alpha.
     */
    public static Box around(int width, int height, IntPredicate inside) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (inside.test(row + x)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = y;
                }
            }
        }
        return maxX < 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
