package io.github.parallaxlayers.geometry;

/**
 * A straight segment drawn on the plate along a scene edge, in pixel coordinates (x right, y down; the plate's
 * top-left corner at 0, 0, as ImageJ line selections are).
 */
public record LineSegment(double x1, double y1, double x2, double y2) {

    public double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    public double midX() {
        return (x1 + x2) / 2;
    }

    public double midY() {
        return (y1 + y2) / 2;
    }
}
