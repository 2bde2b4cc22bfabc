package io.github.parallaxlayers.geometry;

/** How Place Layers on Ground decided a layer's depth. */
public enum PlacementKind {
    /** Stands on the ground: its depth is where its visible bottom edge meets the ground. */
    GROUND_CONTACT,
    /** Shows no contact with the ground (cut by the frame, hidden by nearer layers, or above the horizon): keeps its place in the order, its depth between its placed neighbours'. */
    KEPT,
    /** The stack's last layer (sky aside) when it has no contact: behind everything placed. */
    BACKGROUND,
    /** Named sky, or entirely above the horizon: far behind everything. */
    SKY
}
