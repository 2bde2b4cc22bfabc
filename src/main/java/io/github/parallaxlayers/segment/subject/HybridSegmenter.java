package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Lazy;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.classic.ClassicSettings;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code backend=hybrid}: the embedded graph cut with the subject network's probability as an extra unary term
 * ({@link HybridPrior}). Opening a session runs the network once per plate (or takes its cached map); each click
 * then costs what a classic click costs. The network is opened on first use, so a missing model is reported when
 * a plate is opened, with the download command.
 */
public final class HybridSegmenter implements Segmenter {
    public static final String ID = "hybrid";

    private final Lazy<SubjectNetwork> network;
    private final ClassicSegmenter classic;
    private final HybridSettings settings;

    public HybridSegmenter(Supplier<SubjectNetwork> network) {
        this(network, ClassicSettings.DEFAULTS, HybridSettings.DEFAULTS);
    }

    public HybridSegmenter(Supplier<SubjectNetwork> network, ClassicSettings classic, HybridSettings settings) {
        this.network = Lazy.of(network);
        this.classic = new ClassicSegmenter(classic);
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
        SubjectMap map = network.get().map(plate, progress.stage(0, 0.8));
        return classic.open(plate, new HybridPrior(map, settings), progress.stage(0.8, 1));
    }
}
