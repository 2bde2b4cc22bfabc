package io.github.parallaxlayers.segment.classic;

/**
 * The contrast-sensitive smoothness term of Boykov and Jolly (2001) in GrabCut's form: a cut between
 * 8-neighbours p and q costs λ·exp(−β‖I_p − I_q‖²)/dist(p, q), cheap across strong edges and dear in flat areas.
 */
final class TermWeights {
    /** Capacity of a hard constraint: larger than any sum of soft terms a pixel can collect. */
    static final float HARD = 1e6f;
    private static final double INVERSE_SQRT2 = 1 / Math.sqrt(2);

    private final double lambda;
    private final double beta;

    TermWeights(double lambda, double beta) {
        this.lambda = lambda;
        this.beta = beta;
    }

    float straight(float squaredDifference) {
        return (float) (lambda * Math.exp(-beta * squaredDifference));
    }

    float diagonal(float squaredDifference) {
        return (float) (lambda * INVERSE_SQRT2 * Math.exp(-beta * squaredDifference));
    }
}
