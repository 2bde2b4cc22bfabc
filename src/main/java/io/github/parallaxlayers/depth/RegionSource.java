package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.Labeled;

/** Where Auto Layers takes the regions it assigns wholly to one depth plane ({@code regions=}). */
public enum RegionSource implements Labeled {
    /** SLIC superpixels over colour and position: no model needed. */
    SUPERPIXELS,
    /** SAM's automatic masks, each one region; the pixels no mask covers keep their superpixels. */
    SAM,
    /** The subject network's mask (IS-Net, threshold 0.5): each connected part of the subject is one region. */
    SUBJECT;
}
