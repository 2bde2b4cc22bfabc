package io.github.parallaxlayers.geometry;

import java.util.List;
import java.util.Locale;

/**
 * Lines drawn along edges that are parallel in the scene: one vanishing direction. A group named {@code vertical}
 * (or {@code up}, {@code v}) is the scene's vertical; the others are horizontal.
 */
public record LineGroup(String name, List<LineSegment> lines) {

    public LineGroup {
        lines = List.copyOf(lines);
    }

    public boolean vertical() {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.equals("v") || n.equals("up") || n.startsWith("vert");
    }
}
