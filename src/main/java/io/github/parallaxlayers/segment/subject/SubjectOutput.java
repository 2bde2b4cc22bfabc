package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Labeled;

/** What Subject Mask produces: {@code output=[mask|alpha]}. */
public enum SubjectOutput implements Labeled {
    /** 0/255 mask: the pixels whose subject probability reaches the threshold. */
    MASK,
    /** 8-bit soft alpha 0–255: the probability itself (snapped to the plate's edges with {@code snap}). */
    ALPHA;
}
