package io.github.parallaxlayers.mask;

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
}
