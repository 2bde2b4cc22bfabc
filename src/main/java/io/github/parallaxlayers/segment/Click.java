package io.github.parallaxlayers.segment;

/** One click of the artist: a pixel position and whether it marks the object (positive) or not (negative). */
public record Click(int x, int y, boolean positive) {

    public static Click positive(int x, int y) {
        return new Click(x, y, true);
    }

    public static Click negative(int x, int y) {
        return new Click(x, y, false);
    }
}
