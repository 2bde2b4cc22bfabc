package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter;

import java.util.function.Supplier;

/** The segmenters a command can use, by their stable option labels ({@code backend=}). */
public enum SegmenterBackend implements Labeled {
    /** The embedded graph-cut click segmenter: no download needed. */
    CLASSIC("classic", ClassicSegmenter::new),
    /** Geodesic distance from the clicks: a fast, simple baseline. */
    GEODESIC("geodesic", GeodesicSegmenter::new);

    private final String label;
    private final Supplier<Segmenter> factory;

    SegmenterBackend(String label, Supplier<Segmenter> factory) {
        this.label = label;
        this.factory = factory;
    }

    @Override
    public String label() {
        return label;
    }

    public Segmenter create() {
        return factory.get();
    }

    /** A new segmenter for the backend with this label, or null when no backend has it. */
    public static Segmenter resolve(String label) {
        for (SegmenterBackend backend : values()) {
            if (backend.label.equalsIgnoreCase(label == null ? "" : label.trim())) {
                return backend.create();
            }
        }
        return null;
    }
}
