/**
 * Evaluation: {@link io.github.parallaxlayers.eval.MaskMetrics}, the click protocol ({@link
 * io.github.parallaxlayers.eval.ClickProtocol}, {@link io.github.parallaxlayers.eval.ClickEvaluator}) over data sets
 * ({@link io.github.parallaxlayers.eval.Dataset}), and the outputs ({@link io.github.parallaxlayers.eval.EvaluationOutputs}).
 * Used by Evaluate Mask, Evaluate Clicks and the {@code evaluate} CLI. docs/evaluation.md.
 */
package io.github.parallaxlayers.eval;
