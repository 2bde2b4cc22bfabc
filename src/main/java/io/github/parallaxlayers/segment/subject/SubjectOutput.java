package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Labeled;

/** What Subject Mask produces: {@code output=[mask|alpha]}. */
public enum SubjectOutput implements Labeled {
    /** 0/255 mask: the pixels whose subject probability reaches the threshold. */
    MASK("mask"),
    /** 8-bit soft alpha 0–255: the probability itself (snapped to the plate's edges with {@code snap}). */
    ALPHA("alpha");

    private final String label;

    SubjectOutput(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
