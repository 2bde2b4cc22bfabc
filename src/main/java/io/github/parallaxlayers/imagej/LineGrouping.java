package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.Labeled;

/** How Match Camera tells the directions apart ({@code group=}). */
enum LineGrouping implements Labeled {
    /** By name without its trailing number: {@code x-1}, {@code x-2} and {@code x 3} are direction {@code x}. */
    NAME,
    /** By line colour: every line of one colour is one direction. */
    COLOUR;
}
