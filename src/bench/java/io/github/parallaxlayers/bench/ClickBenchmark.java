package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.ClickEvaluation;
import io.github.parallaxlayers.eval.ClickEvaluator;
import io.github.parallaxlayers.eval.ClickProtocol;
import io.github.parallaxlayers.eval.Dataset;
import io.github.parallaxlayers.eval.DatasetLayout;
import io.github.parallaxlayers.eval.EvaluationOutputs;
import io.github.parallaxlayers.eval.MiouPlot;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.Segmenter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The embedded classic segmenter and OpenCV's grabCut, seeded the same way, through the same click protocol on
 * the GrabCut set in one run: quality (NoC, mIoU) and time side by side, and the ratios (issue 6).
 * Run: {@code BENCH_PROFILE=bench scripts/bench.sh ClickBenchmark [OUTDIR]}
 */
public final class ClickBenchmark {

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("parallax.shared", "../shared"), "data/grabcut");
        Path out = Path.of(args.length > 0 ? args[0] : "target/click-benchmark");
        Dataset dataset = Dataset.open(data, DatasetLayout.GRABCUT);
        List<Segmenter> segmenters = new ArrayList<>(List.of(SegmenterBackend.CLASSIC.create()));
        if (OpenCvGrabCut.available()) {
            segmenters.add(new OpenCvGrabCut());
        }
        System.out.println("Click protocol on GrabCut (" + dataset.size() + " images, 20 clicks), " + BenchTimer.machine());
        System.out.println("| backend | NoC@85 | NoC@90 | never 90% | mIoU@1 | mIoU@3 | mIoU@5 | ms/click median | p95 | wall s |");
        List<ClickEvaluation> results = new ArrayList<>();
        for (Segmenter segmenter : segmenters) {
            long t0 = System.nanoTime();
            ClickEvaluation e = ClickEvaluator.evaluate(dataset, segmenter, new ClickProtocol(20), ProgressListener.NONE,
                    r -> { });
            double wall = (System.nanoTime() - t0) / 1e9;
            results.add(e);
            double[] m = e.miouPerClick();
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %.3f | %.3f | %.3f | %.0f | %.0f | %.0f |%n",
                    segmenter.id(), e.noc85(), e.noc90(), e.overMax90(), m[0], m[2], m[4], e.msPerClickMedian(),
                    e.msPerClickP95(), wall);
        }
        if (results.size() == 2) {
            ClickEvaluation ours = results.get(0);
            ClickEvaluation cv = results.get(1);
            System.out.printf(Locale.ROOT, "ratios opencv/classic: NoC@90 %.2f, time per click %.1f%n",
                    cv.noc90() / ours.noc90(), cv.msPerClickMedian() / ours.msPerClickMedian());
        }
        List<MiouPlot.Curve> others = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            others.add(new MiouPlot.Curve(results.get(i).backend(), results.get(i).miouPerClick()));
        }
        EvaluationOutputs.write(results.get(0), out, true, others);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
