package io.github.parallaxlayers.eval;

/**
 * Every metric of one predicted mask against its ground truth (see docs/evaluation.md for the formulas).
 *
 * @param components number of 8-connected components of the prediction
 */
public record MaskScores(double iou, double dice, double precision, double recall, double accuracy,
                         double boundaryF, double boundaryIou, int components) {
}
