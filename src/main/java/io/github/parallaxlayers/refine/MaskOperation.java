package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Labeled;

/** How Combine Masks joins two masks ({@code operation=}). */
public enum MaskOperation implements Labeled {
    UNION("union"),
    INTERSECTION("intersection"),
    /** The first mask without the second. */
    SUBTRACT("subtract"),
    XOR("xor");

    private final String label;

    MaskOperation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    boolean apply(boolean a, boolean b) {
        return switch (this) {
            case UNION -> a || b;
            case INTERSECTION -> a && b;
            case SUBTRACT -> a && !b;
            case XOR -> a != b;
        };
    }
}
