package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.Labeled;

/** What the values of a user's depth image mean: distance (larger = farther) or disparity (larger = nearer). */
public enum DepthKind implements Labeled {
    /** Distance from the camera (LiDAR, a DCC render's Z pass): converted to 1 / value. */
    DEPTH,
    /** Disparity or relative inverse depth (stereo, Depth Anything, MiDaS): used as it is. */
    DISPARITY;
}
