package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.Labeled;

/** Which connected parts of a mask to keep ({@code keep=}). */
public enum KeepMode implements Labeled {
    ALL,
    LARGEST,
    /** The parts under the clicks ({@code points=}). */
    TOUCHING;
}
