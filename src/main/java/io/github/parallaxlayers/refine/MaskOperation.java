package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Labeled;

/** How Combine Masks joins two masks ({@code operation=}). */
public enum MaskOperation implements Labeled {
    UNION,
    INTERSECTION,
    /** The first mask without the second. */
    SUBTRACT,
    XOR;


    boolean apply(boolean a, boolean b) {
        return switch (this) {
            case UNION -> a || b;
            case INTERSECTION -> a && b;
            case SUBTRACT -> a && !b;
            case XOR -> a != b;
        };
    }
}
