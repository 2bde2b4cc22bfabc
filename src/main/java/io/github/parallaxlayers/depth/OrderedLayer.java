package io.github.parallaxlayers.depth;

/**
 * One layer after ordering by depth.
 *
 * @param sourceIndex  the layer's position in the input stack (0 = first slice)
 * @param name         the layer's name
 * @param depth        its robust depth
 * @param depthHint    distance from the camera for the layer stack, 1 = the nearest layer
 * @param suggestSplit its inner depth spread is a large part of the scene's depth range: it probably holds
 *                     things at different distances and would move more convincingly as two or more layers
 */
public record OrderedLayer(int sourceIndex, String name, MaskDepth depth, double depthHint, boolean suggestSplit) {
}
