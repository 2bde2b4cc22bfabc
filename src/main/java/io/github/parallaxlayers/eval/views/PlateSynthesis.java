package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.ProgressListener;

/** The reference image shown unchanged whatever the camera does. */
final class PlateSynthesis implements Synthesis {
    @Override
    public Prepared prepare(ViewScene scene, ProgressListener progress) {
        return (target, p) -> new View(scene.rgb().clone(), 0, Double.NaN);
    }
}
