/**
 * The layer model: {@link io.github.parallaxlayers.layers.LayerStack} of {@link
 * io.github.parallaxlayers.layers.Layer}s, built from plate + masks + fill by {@link
 * io.github.parallaxlayers.layers.LayerStackBuilder}, edited by {@link io.github.parallaxlayers.layers.LayerStackEdits},
 * extended beyond the frame by {@link io.github.parallaxlayers.layers.OverscanLayers}, rendered by {@link
 * io.github.parallaxlayers.layers.ParallaxRenderer} (upright cards) and {@link
 * io.github.parallaxlayers.layers.CardRenderer} (cards on any plane: ground, wall, sky). Used by export and the layer commands.
 */
package io.github.parallaxlayers.layers;
