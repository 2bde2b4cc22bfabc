package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;
import java.util.Objects;

/**
 * The embedded click segmenter that needs no download: GrabCut-style colour models, geodesic and spatial
 * priors from the clicks, an exact Boykov–Kolmogorov min cut on a downscaled grid and a full-resolution
 * refinement of the boundary band. See docs/classic-segmenter.md for each choice and its reference.
 */
public final class ClassicSegmenter implements Segmenter {
    public static final String ID = "classic";

    private final ClassicSettings settings;

    public ClassicSegmenter() {
        this(ClassicSettings.DEFAULTS);
    }

    public ClassicSegmenter(ClassicSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public ClassicSettings settings() {
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        return new ClassicSession(plate, settings, progress);
    }

    /** A session whose cut adds {@code prior}'s unary term (the hybrid segmenter's subject prior). */
    public SegmentationSession open(Plate plate, UnaryPrior prior, ProgressListener progress) {
        return new ClassicSession(plate, settings, Objects.requireNonNull(prior), progress);
    }
}
