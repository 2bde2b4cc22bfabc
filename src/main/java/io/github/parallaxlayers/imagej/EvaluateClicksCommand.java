package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.measure.ResultsTable;
import io.github.parallaxlayers.eval.ClickEvaluation;
import io.github.parallaxlayers.eval.ClickEvaluator;
import io.github.parallaxlayers.eval.ClickProtocol;
import io.github.parallaxlayers.eval.Dataset;
import io.github.parallaxlayers.eval.DatasetLayout;
import io.github.parallaxlayers.eval.EvaluationOutputs;
import io.github.parallaxlayers.eval.ImageClickResult;
import io.github.parallaxlayers.segment.SegmenterBackend;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Evaluate Clicks: the standard click-simulation protocol on a data set folder with
 * one backend; progress on the status bar (Esc cancels), one row per image in the Results table, the summary in
 * the Log, and summary.json, per_image.csv and the mIoU plot in {@code out} (same files as the CLI).
 */
public class EvaluateClicksCommand extends ParallaxCommand {
    static final String TITLE = "Evaluate Clicks";
    private final EvaluationFolders folders = EvaluationFolders.declare(options());
    private final Option<DatasetLayout> layout = placeAfter(folders.dataset(),
            choice("layout", DatasetLayout.class, DatasetLayout.GRABCUT));
    private final Option<SegmenterBackend> backend = placeAfter(layout, choice("backend", SegmenterBackend.class,
            SegmenterBackend.CLASSIC));
    private final Option<Integer> maxClicks = placeAfter(backend,
            integer("max_clicks", ClickProtocol.DEFAULT_MAX_CLICKS, 1, 1000));
    private final Option<Integer> limit = placeAfter(maxClicks, integer("limit", 0, 0, 1_000_000));

    public EvaluateClicksCommand() {
        super(TITLE, null);
    }

    @Override
    protected void execute(CommandOptions options) {
        Path datasetFolder = folders.datasetFolder();
        Path outDir = folders.outFolder();
        if (outDir != null) {
            EvaluationOutputs.checkWritable(outDir, folders.overwriting());
        }
        Dataset data = Dataset.open(datasetFolder, layout.get());
        if (limit.get() > 0) {
            data = data.limit(limit.get());
        }
        ResultsTable table = ResultsTable.getResultsTable();
        table.reset();
        ClickEvaluation evaluation = ClickEvaluator.evaluate(data, backend.get().create(),
                new ClickProtocol(maxClicks.get()), progress(), result -> add(table, result));
        table.show("Results");
        if (outDir != null) {
            EvaluationOutputs.write(evaluation, outDir, folders.overwriting(), List.of());
        }
        IJ.log(String.format(Locale.ROOT, "%s: %s on %d images (%s): NoC@85 %.2f, NoC@90 %.2f, %d never reach 90%%, "
                        + "mIoU after 1/3/5 clicks %.3f/%.3f/%.3f, %.0f ms per click (median)%s", TITLE,
                backend.get().label(), evaluation.images().size(), layout.get().label(), evaluation.noc85(),
                evaluation.noc90(), evaluation.overMax90(), miou(evaluation, 1), miou(evaluation, 3), miou(evaluation, 5),
                evaluation.msPerClickMedian(), outDir == null ? "" : "; files in " + outDir.toAbsolutePath()));
        IJ.showProgress(1.0);
    }

    private static double miou(ClickEvaluation evaluation, int clicks) {
        double[] curve = evaluation.miouPerClick();
        return curve.length >= clicks ? curve[clicks - 1] : Double.NaN;
    }

    private static void add(ResultsTable table, ImageClickResult result) {
        table.addRow();
        table.addLabel(result.name());
        table.addValue("noc85", result.clicksTo(0.85));
        table.addValue("noc90", result.clicksTo(0.90));
        double[] ious = result.iouPerClick();
        table.addValue("iou_1", ious.length > 0 ? ious[0] : Double.NaN);
        table.addValue("iou_final", ious.length > 0 ? ious[ious.length - 1] : Double.NaN);
    }
}
