package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.Labeled;

/** How the layers are arranged in {@code layers.exr} ({@code exrlayout=}). */
public enum ExrLayout implements Labeled {
    /** One part per layer (channels R, G, B, A, Z) cropped to the layer, plus a part for the filled plate. */
    MULTIPART,
    /** One full-frame part with {@code <layer>.R}, {@code <layer>.G} … channels, for readers without multi-part. */
    SINGLEPART;
}
