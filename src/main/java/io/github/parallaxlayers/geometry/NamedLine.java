package io.github.parallaxlayers.geometry;

/**
 * A straight line drawn on the plate along a scene edge, with what tells its direction apart: its name
 * ({@code street-1}, {@code vertical 2}, {@code horizon}) and its colour.
 *
 * @param name    the line's name, trimmed ("" when it has none)
 * @param colour  0xRRGGBB, or {@link #NO_COLOUR} when it was drawn in the default colour
 */
public record NamedLine(String name, int colour, LineSegment segment) {
    public static final int NO_COLOUR = -1;

    public NamedLine {
        name = name == null ? "" : name.trim();
    }
}
