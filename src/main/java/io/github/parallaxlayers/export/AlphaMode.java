package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.Labeled;

/**
 * How the edges of the exported cards are drawn ({@code alpha=}): soft alpha, or alpha cut at 50 %. An export
 * setting ({@link SceneSettings}) that every scene format reads; glTF's {@code alphaMode} today.
 */
public enum AlphaMode implements Labeled {
    BLEND,
    MASK;
}
