package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * The parameters of the hybrid segmenter's subject prior (docs/subject.md). Costs are in nats, like the
 * classic segmenter's terms.
 *
 * @param weight       weight of −log q (object) and −log(1 − q) (background), q the selected subject probability
 * @param floor        q is kept within [floor, 1 − floor], so the largest prior cost is weight·(−log floor)
 * @param localSigma   width of the local override around a click the prior disagrees with, in grid diagonals
 *                     (the prior fades to nothing at the click, Gaussian in the distance)
 * @param distrust     how much one disagreeing click turns the whole prior down: the weight is scaled by
 *                     (1 + agreeing) / (1 + agreeing + distrust · disagreeing)
 */
public record HybridSettings(double weight, double floor, double localSigma, double distrust) {
    public static final HybridSettings DEFAULTS = new HybridSettings(2.0, 0.02, 0.06, 1.0);

    public HybridSettings {
        if (!(weight >= 0) || !(floor > 0 && floor < 0.5) || !(localSigma >= 0) || !(distrust >= 0)) {
            throw new InvalidInputException("Hybrid settings out of range: weight >= 0, 0 < floor < 0.5, "
                    + "localSigma >= 0 and distrust >= 0 are required.");
        }
    }
}
