package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.views.ViewEvaluation;
import io.github.parallaxlayers.eval.views.ViewLayout;
import io.github.parallaxlayers.eval.views.ViewMethod;
import io.github.parallaxlayers.eval.views.ViewOutputs;
import io.github.parallaxlayers.eval.views.ViewScene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evaluate-views}: the 2.5D fidelity benchmark. Every method synthesises each true view of each scene from
 * the reference image and its true depth; PSNR and SSIM over all pixels and over the disoccluded ones go to
 * summary.json and per_view.csv, with picture strips and PSNR plots.
 */
@Command(name = "evaluate-views", mixinStandardHelpOptions = true,
        description = "Render novel views from a reference image and its true depth with each method and score "
                + "them against the real views (PSNR, SSIM, disoccluded pixels, holes).")
public final class EvaluateViewsCommand extends Verb {
    @Mixin
    EvaluationFolders folders;

    @Option(names = "--layout", required = true, paramLabel = "LAYOUT",
            description = "Folder layout: middlebury (stereo pairs) or scenes (render_scenes.py output).")
    String layout;

    @Option(names = "--methods", defaultValue = "all", paramLabel = "LIST",
            description = "Comma-separated methods: plate, card, layers, layers-telea, layers-cut, geometry, "
                    + "geometry-frame, geometry-slabs, warp (default: all).")
    String methods;

    @Override
    protected int run(PrintWriter stdout, PrintWriter err) {
        ViewLayout viewLayout = Labeled.parse(ViewLayout.class, "--layout", layout);
        List<ViewMethod> chosen = ViewMethod.parseList("--methods", methods);
        ViewOutputs.checkWritable(folders.outDir, folders.overwrite);
        long start = System.nanoTime();
        List<ViewScene> scenes = ViewEvaluation.open(folders.dataset, viewLayout);
        ViewEvaluation.Result result = ViewEvaluation.run(folders.dataset.toString(), viewLayout, scenes, chosen,
                ProgressListener.NONE, row -> {
                    err.printf(Locale.ROOT, "%s %s %s: PSNR %.2f dB, SSIM %.3f, disoccluded PSNR %.2f dB, holes %.1f%%%n",
                            row.scene(), row.view(), row.method(), row.psnr(), row.ssim(), row.psnrDisoccluded(),
                            row.holesPercent());
                    err.flush();
                });
        ViewOutputs.write(result, folders.outDir, folders.overwrite);
        stdout.printf(Locale.ROOT, "%d scenes (%s), %d views, %d methods in %.0f s%n", scenes.size(), viewLayout.label(),
                scenes.stream().mapToInt(s -> s.views().size()).sum(), chosen.size(),
                (System.nanoTime() - start) / 1e9);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> means =
                (Map<String, Map<String, Map<String, Object>>>) ViewOutputs.summary(result).get("results");
        stdout.println("method        view        psnr   ssim  psnr_disocc  holes%");
        means.forEach((method, views) -> views.forEach((view, m) -> stdout.printf(Locale.ROOT,
                "%-13s %-10s %6s %6s %12s %7s%n", method, view, m.get("psnr"), m.get("ssim"), m.get("psnr_disoccluded"),
                m.get("holes_percent"))));
        stdout.println("wrote " + folders.outDir.resolve(ViewOutputs.SUMMARY) + ", " + ViewOutputs.CSV + ", "
                + ViewOutputs.PLOT + " and a picture strip per scene");
        stdout.flush();
        return 0;
    }
}
