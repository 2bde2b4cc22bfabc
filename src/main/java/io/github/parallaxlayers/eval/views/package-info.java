/**
 * The 2.5D fidelity benchmark: how a moved view of the layers compares with what the camera really sees.
 * {@link io.github.parallaxlayers.eval.views.ViewEvaluation} runs the {@link io.github.parallaxlayers.eval.views.ViewMethod}s
 * on {@link io.github.parallaxlayers.eval.views.ViewScene}s (Middlebury stereo pairs or Blender-rendered scenes, see
 * {@link io.github.parallaxlayers.eval.views.ViewLayout}), scores them with
 * {@link io.github.parallaxlayers.eval.views.ViewMetrics} (PSNR, SSIM) over all and over disoccluded pixels
 * ({@link io.github.parallaxlayers.eval.views.Visibility}), and {@link io.github.parallaxlayers.eval.views.ViewOutputs}
 * writes summary.json, the CSV, picture strips and plots. Used by the {@code evaluate-views} CLI verb and the
 * Evaluate Views command.
 */
package io.github.parallaxlayers.eval.views;
