package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.ClickEvaluation;
import io.github.parallaxlayers.eval.ClickEvaluator;
import io.github.parallaxlayers.eval.ClickProtocol;
import io.github.parallaxlayers.eval.Dataset;
import io.github.parallaxlayers.eval.DatasetLayout;
import io.github.parallaxlayers.eval.EvaluationOutputs;
import io.github.parallaxlayers.eval.MiouPlot;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.classic.ClassicSettings;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.subject.HybridSegmenter;
import io.github.parallaxlayers.segment.subject.HybridSettings;
import io.github.parallaxlayers.segment.subject.SubjectNetwork;
import io.github.parallaxlayers.segment.subject.SubjectSegmenter;
import io.github.parallaxlayers.segment.subject.SubjectSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hybrid segmenter and the subject network alone through the click protocol on GrabCut, for trying hybrid
 * settings without paying the network on every run: the network's maps are kept on disk in
 * {@code target/subject-maps} (the first run computes them; its open times are the network's). Settings come
 * from {@code -Dweight= -Dfloor= -Dsigma= -Ddistrust=} (defaults: {@link HybridSettings#DEFAULTS}).
 * Run: {@code scripts/bench.sh HybridClickBenchmark [OUTDIR] [LIMIT]}
 */
public final class HybridClickBenchmark {

    public static void main(String[] args) {
        Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
        Path out = Path.of(args.length > 0 ? args[0] : "target/hybrid-benchmark");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        Dataset dataset = Dataset.open(shared.resolve("data/grabcut"), DatasetLayout.GRABCUT);
        if (limit < dataset.size()) {
            dataset = dataset.limit(limit);
        }
        HybridSettings d = HybridSettings.DEFAULTS;
        HybridSettings settings = new HybridSettings(Double.parseDouble(System.getProperty("weight", "" + d.weight())),
                Double.parseDouble(System.getProperty("floor", "" + d.floor())),
                Double.parseDouble(System.getProperty("sigma", "" + d.localSigma())),
                Double.parseDouble(System.getProperty("distrust", "" + d.distrust())));
        Path model = shared.resolve("models/isnet-general-use/isnet-general-use.onnx");
        EmbeddingCache cache = new EmbeddingCache(64L << 20, Path.of("target/subject-maps"));
        SubjectNetwork network = new SubjectNetwork(OnnxRuntime.shared().open(model, Device.CPU), cache,
                CacheMode.DISK);
        List<Segmenter> segmenters = new ArrayList<>();
        if (Boolean.getBoolean("classic")) {
            segmenters.add(new io.github.parallaxlayers.segment.classic.ClassicSegmenter());
        }
        if (!Boolean.getBoolean("skipSubject")) {
            segmenters.add(new SubjectSegmenter(() -> network, SubjectSettings.DEFAULTS));
        }
        segmenters.add(new HybridSegmenter(() -> network, ClassicSettings.DEFAULTS, settings));
        System.out.println("Click protocol on GrabCut (" + dataset.size() + " images, 20 clicks), " + settings + ", "
                + BenchTimer.machine());
        System.out.println("| backend | NoC@85 | NoC@90 | never 90% | mIoU@1 | mIoU@3 | mIoU@5 | ms/click median | p95 | "
                + "open ms median | wall s |");
        List<ClickEvaluation> results = new ArrayList<>();
        for (Segmenter segmenter : segmenters) {
            long t0 = System.nanoTime();
            ClickEvaluation e = ClickEvaluator.evaluate(dataset, segmenter, new ClickProtocol(20), ProgressListener.NONE,
                    r -> { });
            double wall = (System.nanoTime() - t0) / 1e9;
            results.add(e);
            double[] m = e.miouPerClick();
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %d | %.3f | %.3f | %.3f | %.0f | %.0f | %.0f | %.0f |%n",
                    segmenter.id(), e.noc85(), e.noc90(), e.overMax90(), m[0], m[2], m[4], e.msPerClickMedian(),
                    e.msPerClickP95(), ClickEvaluation.percentile(
                            e.images().stream().mapToDouble(r -> r.openMs()).toArray(), 50), wall);
        }
        ClickEvaluation last = results.get(results.size() - 1);
        List<MiouPlot.Curve> others = new ArrayList<>();
        for (int i = 0; i < results.size() - 1; i++) {
            others.add(new MiouPlot.Curve(results.get(i).backend(), results.get(i).miouPerClick()));
        }
        EvaluationOutputs.write(last, out, true, others);
        System.out.println("network runs " + cache.encoderRuns() + ", disk hits " + cache.diskHits()
                + "; wrote " + out.toAbsolutePath());
    }
}
