package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Lazy;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code backend=subject}: the subject network alone, clicks ignored: every prompt gets the same mask (the map at
 * full resolution, threshold 0.5). The zero-click baseline of {@code evaluate}, against which the gain of the
 * hybrid's clicks shows.
 */
public final class SubjectSegmenter implements Segmenter {
    public static final String ID = "subject";

    private final Lazy<SubjectNetwork> network;
    private final SubjectSettings settings;

    public SubjectSegmenter(Supplier<SubjectNetwork> network, SubjectSettings settings) {
        this.network = Lazy.of(network);
        this.settings = Objects.requireNonNull(settings);
    }

    /** The subject network's device fall-back, known once a session opened the network; empty before. */
    @Override
    public String fallback() {
        return SubjectNetwork.fallbackOnceOpened(network);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        Mask mask = SubjectMatte.of(network.get(), plate, settings, progress).mask(settings.threshold());
        return (prompt, p) -> {
            prompt.validate(plate.width(), plate.height());
            return new Segmentation(mask, 1.0);
        };
    }
}
