package io.github.parallaxlayers.mask;

import io.github.parallaxlayers.core.Labeled;

/** Which neighbours join two pixels into one component. */
public enum Connectivity implements Labeled {
    FOUR("4"),
    EIGHT("8");

    private final String label;

    Connectivity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
