/**
 * Depth: {@link io.github.parallaxlayers.depth.DepthMap} (inverse depth, unknown pixels), {@link
 * io.github.parallaxlayers.depth.DepthNetworks} (the one factory of depth networks), {@link
 * io.github.parallaxlayers.depth.DepthOrdering} (layers front to back with hints), {@link
 * io.github.parallaxlayers.depth.AutoLayers} (depth planes by natural breaks on superpixels). Used by Estimate Depth,
 * Order Layers by Depth and Auto Layers.
 */
package io.github.parallaxlayers.depth;
