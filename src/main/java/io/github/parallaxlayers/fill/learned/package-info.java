/**
 * Learned fills through ONNX Runtime (LaMa, MI-GAN): {@link io.github.parallaxlayers.fill.learned.LearnedModels}
 * opens them (reached through {@code FillBackend}), {@link io.github.parallaxlayers.fill.learned.LearnedInpainter}
 * brings plates of any size to the network ({@link io.github.parallaxlayers.fill.learned.HighResStrategy}).
 */
package io.github.parallaxlayers.fill.learned;
