package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Labeled;

/** Which connected parts of a mask to keep ({@code keep=}). */
public enum KeepMode implements Labeled {
    ALL("all"),
    LARGEST("largest"),
    /** The parts under the clicks ({@code points=}). */
    TOUCHING("touching");

    private final String label;

    KeepMode(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
