package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.Segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the click protocol with one segmenter over every image of a data set, one session per image. */
public final class ClickEvaluator {

    private ClickEvaluator() {
    }

    /**
     * @param perImage told of each finished image (for a running log); may do nothing
     */
    public static ClickEvaluation evaluate(Dataset dataset, Segmenter segmenter, ClickProtocol protocol,
                                           ProgressListener progress, Consumer<ImageClickResult> perImage) {
        List<ImageClickResult> results = new ArrayList<>();
        int n = dataset.size();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            Sample sample = dataset.load(dataset.pairs().get(i));
            ImageClickResult r = protocol.run(sample.name(), segmenter, sample.plate(), sample.truth(),
                    sample.ignore(), progress.stage(i / (double) n, (i + 1) / (double) n));
            results.add(r);
            perImage.accept(r);
        }
        return new ClickEvaluation(dataset.root().toString(), dataset.layout().label(), segmenter.id(),
                protocol.maxClicks(), results);
    }
}
