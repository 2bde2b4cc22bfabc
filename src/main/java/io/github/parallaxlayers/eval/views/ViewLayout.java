package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Labeled;

/** How a view data set folder is organised ({@code --layout}). */
public enum ViewLayout implements Labeled {
    /** Middlebury stereo pairs: the left view is the reference, the right view the target. */
    MIDDLEBURY,
    /** Rendered scenes (scripts/blender/render_scenes.py): camera.json, images and raw float depth per view. */
    SCENES;
}
