package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * How a subject map becomes a plate-sized matte.
 *
 * @param threshold probability at and above which a pixel is subject in the 0/255 mask
 * @param snap      whether the upsampled soft map is snapped to the plate's own edges by the guided filter
 * @param radius    guided-filter window radius in plate pixels (about the width of the hair or leaves to follow)
 * @param eps       guided-filter regularisation in (0–1 guide units)²: larger keeps the network's map smoother
 */
public record SubjectSettings(double threshold, boolean snap, int radius, double eps) {
    public static final SubjectSettings DEFAULTS = new SubjectSettings(0.5, false, 8, 1e-3);

    public SubjectSettings {
        if (!(threshold > 0 && threshold < 1)) {
            throw new InvalidInputException("threshold must lie between 0 and 1 (exclusive); got " + threshold
                    + ". 0.5 is the network's own decision boundary.");
        }
        if (radius < 1) {
            throw new InvalidInputException("The snapping radius must be at least 1 px; got " + radius + ".");
        }
        if (!(eps > 0)) {
            throw new InvalidInputException("eps must be above 0; got " + eps + ". Typical values: 1e-4 to 1e-2.");
        }
    }
}
