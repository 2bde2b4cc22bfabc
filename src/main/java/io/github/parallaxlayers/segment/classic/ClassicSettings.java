package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Every parameter of the classic segmenter in one place, with the defaults documented in
 * docs/classic-segmenter.md. Energies are in nats (unary terms are negative log-likelihoods).
 *
 * @param maxWorkingPixels   the graph cut runs on a copy downscaled to at most this many pixels; the boundary
 *                           is then refined at full resolution
 * @param components         Gaussians per colour model (GrabCut uses 5)
 * @param iterations         GrabCut rounds of fit colour models → cut
 * @param smoothness         λ of the contrast-sensitive pairwise term λ·exp(−β‖ΔI‖²)/dist (GrabCut uses 50)
 * @param clickRadius        radius in pixels of the hard-constraint disk around a click at {@code referenceDiagonal}
 * @param referenceDiagonal  the image diagonal at which {@code clickRadius} applies; larger plates scale it up
 * @param geodesicWeight     weight of the geodesic term dP/(dP+dN) (Bai and Sapiro) added to each label's cost
 * @param geodesicContrast   how much a colour step (unit range) costs on a geodesic path, in image diagonals
 * @param frameOffset        geodesic distance the image frame starts at as a background seed (weak seed)
 * @param spatialWeight      cost of the object label growing with the Euclidean distance from positive clicks,
 *                           per image diagonal
 * @param previousWeight     cost of leaving the previous mask's label (weak prior for incremental clicks)
 * @param clickShare         share of colour-model samples given to the clicked disks of that label
 * @param colourCap          unary colour costs are capped at this many nats so one odd pixel cannot dominate
 * @param bandRadius         half width in full-resolution pixels of the refined band beyond the upscale blur
 * @param seed               seed of the k-means++ initialisation (results are deterministic)
 */
public record ClassicSettings(
        int maxWorkingPixels,
        int components,
        int iterations,
        double smoothness,
        double clickRadius,
        double referenceDiagonal,
        double geodesicWeight,
        double geodesicContrast,
        double frameOffset,
        double spatialWeight,
        double previousWeight,
        double clickShare,
        double colourCap,
        int bandRadius,
        long seed) {

    public static final ClassicSettings DEFAULTS = new ClassicSettings(
            120_000, 5, 3, 50, 5, 800, 4, 10, 0.05, 0, 0.75, 0.3, 30, 2, 0x5EED);

    public ClassicSettings {
        if (maxWorkingPixels < 1024 || components < 1 || iterations < 1 || smoothness < 0 || clickRadius < 0
                || referenceDiagonal <= 0 || geodesicWeight < 0 || geodesicContrast < 0 || frameOffset < 0
                || spatialWeight < 0 || previousWeight < 0 || clickShare < 0 || colourCap <= 0 || bandRadius < 0) {
            throw new InvalidInputException("Classic segmenter settings out of range: " + "maxWorkingPixels >= 1024, "
                    + "components and iterations >= 1, weights >= 0 are required.");
        }
    }
}
