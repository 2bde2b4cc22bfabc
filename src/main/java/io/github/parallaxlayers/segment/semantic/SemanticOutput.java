package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.Labeled;

/** What Semantic Mask produces: {@code output=[mask|labels]}. */
public enum SemanticOutput implements Labeled {
    /** 0/255 mask of the chosen classes. */
    MASK,
    /** 8-bit label image, value = class index (0 background ... 20 tvmonitor). */
    LABELS;
}
