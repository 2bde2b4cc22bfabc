package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.core.Labeled;

/** How a plate larger than the network's working size reaches the network ({@code strategy=}). */
public enum HighResStrategy implements Labeled {
    /** Each connected hole in a crop around it with context, resized to the network size only when larger. */
    CROP,
    /** The whole plate downscaled to the network size; the result is upsampled and used only inside the hole. */
    RESIZE,
    /** The whole plate at full size; only for models with dynamic height and width. */
    ORIGINAL;
}
