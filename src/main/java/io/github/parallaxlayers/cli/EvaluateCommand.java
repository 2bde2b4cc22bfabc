package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.ClickEvaluation;
import io.github.parallaxlayers.eval.ClickEvaluator;
import io.github.parallaxlayers.eval.ClickProtocol;
import io.github.parallaxlayers.eval.Dataset;
import io.github.parallaxlayers.eval.DatasetLayout;
import io.github.parallaxlayers.eval.EvaluationOutputs;
import io.github.parallaxlayers.eval.MiouPlot;
import io.github.parallaxlayers.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code evaluate}: runs the standard click protocol of the interactive-segmentation literature with one
 * backend over a benchmark folder and writes per_image.csv, summary.json and miou_vs_clicks.png.
 * Backends come from a resolver the caller supplies, so this command knows no backend itself.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Simulate clicks (RITM/f-BRS protocol) with a backend on a data set and report NoC@85, "
                + "NoC@90, mIoU per click and time per click.")
public final class EvaluateCommand extends Verb {
    @Mixin
    EvaluationFolders folders;

    private final Function<String, Segmenter> backends;
    private final List<String> backendLabels;

    @Option(names = "--layout", required = true, paramLabel = "LAYOUT",
            description = "Folder layout: grabcut, berkeley, davis or pairs.")
    String layout;

    @Option(names = "--backend", required = true, paramLabel = "NAME", description = "The segmenter to evaluate.")
    String backend;

    @Option(names = "--max-clicks", defaultValue = "20", paramLabel = "N",
            description = "Clicks per image (default: ${DEFAULT-VALUE}).")
    int maxClicks;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N images (name order).")
    Integer limit;

    @Option(names = "--compare", paramLabel = "SUMMARY", arity = "1..*",
            description = "summary.json files (or folders holding one) of earlier runs to draw as more curves.")
    List<Path> compare = new ArrayList<>();

    /**
     * @param backends      gives the segmenter for a label, or null for an unknown label
     * @param backendLabels the valid labels, for messages
     */
    public EvaluateCommand(Function<String, Segmenter> backends, List<String> backendLabels) {
        this.backends = backends;
        this.backendLabels = List.copyOf(backendLabels);
    }

    @Override
    protected int run(PrintWriter stdout, PrintWriter err) {
        DatasetLayout datasetLayout = Labeled.parse(DatasetLayout.class, "--layout", layout);
        Segmenter segmenter = backends.apply(backend);
        if (segmenter == null) {
            throw new InvalidInputException("Unknown backend '" + backend + "'; valid backends are: "
                    + String.join(", ", backendLabels) + ".");
        }
        ClickProtocol protocol = new ClickProtocol(maxClicks);
        List<MiouPlot.Curve> others = compare.stream().map(EvaluationOutputs::readCurve).toList();
        EvaluationOutputs.checkWritable(folders.outDir, folders.overwrite);
        Dataset data = Dataset.open(folders.dataset, datasetLayout);
        if (limit != null) {
            data = data.limit(limit);
        }
        int total = data.size();
        int[] done = {0};
        ClickEvaluation result = ClickEvaluator.evaluate(data, segmenter, protocol, ProgressListener.NONE, r -> {
            done[0]++;
            err.printf(Locale.ROOT, "[%d/%d] %s: NoC@90 %d, IoU@1 %.3f, IoU@%d %.3f%n", done[0], total, r.name(),
                    r.clicksTo(0.90), r.iouPerClick()[0], maxClicks, r.iouPerClick()[maxClicks - 1]);
            err.flush();
        });
        EvaluationOutputs.write(result, folders.outDir, folders.overwrite, others);
        double[] miou = result.miouPerClick();
        stdout.printf(Locale.ROOT, "backend %s on %s (%s, %d images, %d clicks max)%n", result.backend(),
                folders.dataset, result.layout(), total, maxClicks);
        stdout.printf(Locale.ROOT, "NoC@85 %.2f  NoC@90 %.2f  over %d clicks at 90%%: %d images%n", result.noc85(),
                result.noc90(), maxClicks, result.overMax90());
        stdout.printf(Locale.ROOT, "mIoU@1 %.3f  mIoU@5 %.3f  mIoU@%d %.3f%n", miou[0],
                miou[Math.min(4, maxClicks - 1)], maxClicks, miou[maxClicks - 1]);
        stdout.printf(Locale.ROOT, "ms per click: median %.1f, p95 %.1f%n", result.msPerClickMedian(),
                result.msPerClickP95());
        stdout.println("wrote " + folders.outDir.resolve(EvaluationOutputs.SUMMARY) + ", " + EvaluationOutputs.CSV
                + ", " + EvaluationOutputs.PLOT);
        stdout.flush();
        return 0;
    }
}
