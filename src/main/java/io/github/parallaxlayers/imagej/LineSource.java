package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.Labeled;

/** Where Match Camera finds its line selections ({@code lines=}). */
enum LineSource implements Labeled {
    /** The image's overlay (Image › Overlay › Add Selection, or {@code Overlay.addSelection} in a macro). */
    OVERLAY,
    /** The ROI Manager. */
    MANAGER;
}
