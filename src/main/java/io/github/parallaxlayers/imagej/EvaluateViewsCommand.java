package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.measure.ResultsTable;
import io.github.parallaxlayers.eval.views.ViewEvaluation;
import io.github.parallaxlayers.eval.views.ViewLayout;
import io.github.parallaxlayers.eval.views.ViewMethod;
import io.github.parallaxlayers.eval.views.ViewOutputs;
import io.github.parallaxlayers.eval.views.ViewScene;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Evaluate Views: the 2.5D fidelity benchmark on a folder of stereo pairs or rendered
 * scenes; one row per scene, view and method in the Results table, progress on the status bar (Esc cancels), and
 * summary.json, per_view.csv, picture strips and PSNR plots in {@code out} (same files as the CLI's
 * {@code evaluate-views}).
 */
public class EvaluateViewsCommand extends ParallaxCommand {
    static final String TITLE = "Evaluate Views";
    private final EvaluationFolders folders = EvaluationFolders.declare(options());
    private final Option<ViewLayout> layout = placeAfter(folders.dataset(),
            choice("layout", ViewLayout.class, ViewLayout.MIDDLEBURY));
    private final Option<String> methods = placeAfter(layout, text("methods", "all"));

    public EvaluateViewsCommand() {
        super(TITLE, null);
    }

    @Override
    protected void execute(CommandOptions options) {
        Path data = folders.datasetFolder();
        List<ViewMethod> chosen = ViewMethod.parseList("methods", methods.get());
        Path outDir = folders.outFolder();
        if (outDir != null) {
            ViewOutputs.checkWritable(outDir, folders.overwriting());
        }
        List<ViewScene> scenes = ViewEvaluation.open(data, layout.get());
        ResultsTable table = ResultsTable.getResultsTable();
        table.reset();
        ViewEvaluation.Result result = ViewEvaluation.run(data.toString(), layout.get(), scenes, chosen,
                progress(), row -> add(table, row));
        table.show("Results");
        if (outDir != null) {
            ViewOutputs.write(result, outDir, folders.overwriting());
        }
        IJ.log(String.format(Locale.ROOT, "%s: %d scenes (%s), %d views, methods %s%s", TITLE, scenes.size(),
                layout.get().label(), scenes.stream().mapToInt(s -> s.views().size()).sum(),
                String.join(", ", result.methods()), outDir == null ? "" : "; files in " + outDir.toAbsolutePath()));
        IJ.showProgress(1.0);
    }

    private static void add(ResultsTable table, ViewEvaluation.Row row) {
        table.addRow();
        table.addLabel(row.scene() + " " + row.view());
        table.addValue("method", row.method());
        table.addValue("psnr", row.psnr());
        table.addValue("ssim", row.ssim());
        table.addValue("psnr_disoccluded", row.psnrDisoccluded());
        table.addValue("ssim_disoccluded", row.ssimDisoccluded());
        table.addValue("holes_percent", row.holesPercent());
        table.addValue("max_stretch", row.maxStretch());
    }
}
