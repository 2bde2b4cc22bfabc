package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test segmenter with a known answer: an empty mask for the first k − 1 clicks, then the ground truth.
 * It records every prompt it was given so tests can check what the protocol passes.
 */
public final class OracleSegmenter implements Segmenter {
    private final Function<Plate, Mask> truthOf;
    private final Function<Plate, Integer> clicksNeeded;
    public final List<Prompt> prompts = new ArrayList<>();
    public int sessionsOpened;

    public OracleSegmenter(Function<Plate, Mask> truthOf, Function<Plate, Integer> clicksNeeded) {
        this.truthOf = truthOf;
        this.clicksNeeded = clicksNeeded;
    }

    @Override
    public String id() {
        return "oracle";
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        sessionsOpened++;
        Mask truth = truthOf.apply(plate);
        int k = clicksNeeded.apply(plate);
        return (prompt, p) -> {
            prompts.add(prompt);
            return new Segmentation(prompt.clicks().size() >= k ? truth.copy()
                    : Mask.empty(truth.width(), truth.height()), 1.0);
        };
    }
}
