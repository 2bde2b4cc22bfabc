package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.ProgressListener;

/**
 * A way to make novel views from a reference image and its depth: prepared once per scene (layers cut and
 * filled), then asked for each target camera.
 */
public interface Synthesis {

    /** One synthesised view: packed RGB, the fraction of pixels nothing covers, and the largest texture stretch (NaN when the method has no cards). */
    record View(int[] rgb, double holeFraction, double maxStretch) {
    }

    /** Renders target cameras of one scene. */
    interface Prepared {
        View render(TargetView target, ProgressListener progress);
    }

    Prepared prepare(ViewScene scene, ProgressListener progress);
}
