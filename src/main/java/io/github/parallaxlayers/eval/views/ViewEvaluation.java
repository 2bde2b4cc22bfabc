package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The 2.5D fidelity benchmark: every method synthesises every target view of every scene from the reference
 * image and its true depth, and each result is scored against the true view over all pixels, over the disoccluded
 * pixels only (seen in the target, hidden in the reference) and over the pixels the reference saw.
 */
public final class ViewEvaluation {

    /** Scores of one method on one view; percentages are of the frame. PSNR in dB, +∞ when exact, NaN when no pixel. */
    public record Row(String scene, String view, String move, double amount, String method, double psnr, double ssim,
                      double psnrDisoccluded, double ssimDisoccluded, double psnrVisible, double holesPercent,
                      double maxStretch, double disoccludedPercent, double outOfFramePercent, double seconds) {
    }

    /** The pictures of one view of a scene: reference, truth, pixel classes and each method's result. */
    public record Strip(String scene, String view, int width, int height, int[] reference, int[] truth,
                        byte[] classes, Map<String, int[]> results) {
    }

    public record Result(String dataset, String layout, List<String> methods, List<String> scenes, List<Row> rows,
                         List<Strip> strips) {
    }

    private ViewEvaluation() {
    }

    /** Opens a data set folder: every scene, with its files checked (one clear message for what is wrong). */
    public static List<ViewScene> open(Path dataset, ViewLayout layout) {
        if (!Files.isDirectory(dataset)) {
            throw new InvalidInputException("The data set folder " + dataset + " does not exist: give --dataset a "
                    + "folder of " + (layout == ViewLayout.MIDDLEBURY ? "stereo scenes" : "rendered scenes") + ".");
        }
        return layout == ViewLayout.MIDDLEBURY ? MiddleburyPairs.open(dataset) : RenderedScenes.open(dataset);
    }

    /**
     * @param onRow called after each scored view (for progress lines)
     */
    public static Result run(String dataset, ViewLayout layout, List<ViewScene> scenes, List<ViewMethod> methods,
                             ProgressListener progress, Consumer<Row> onRow) {
        if (methods.isEmpty()) {
            throw new InvalidInputException("No method given: choose from plate, card, layers, layers-telea, warp.");
        }
        List<Row> rows = new ArrayList<>();
        List<Strip> strips = new ArrayList<>();
        int total = scenes.size() * methods.size();
        int done = 0;
        for (ViewScene scene : scenes) {
            int w = scene.camera().width();
            int h = scene.camera().height();
            List<byte[]> classes = new ArrayList<>();
            for (TargetView view : scene.views()) {
                classes.add(Visibility.classify(scene.depth(), view.depth(), scene.camera(), view.pose(),
                        scene.tolerance()));
            }
            TargetView shown = scene.views().get(scene.views().size() - 1);
            Map<String, int[]> shownResults = new LinkedHashMap<>();
            for (ViewMethod method : methods) {
                ProgressListener stage = progress.stage((double) done / total, (double) (done + 1) / total);
                progress.progress((double) done / total, scene.name() + ": " + method.label());
                long start = System.nanoTime();
                Synthesis.Prepared prepared = method.create().prepare(scene, stage);
                double prepareSeconds = (System.nanoTime() - start) / 1e9;
                for (int v = 0; v < scene.views().size(); v++) {
                    progress.checkCancelled();
                    TargetView view = scene.views().get(v);
                    long t0 = System.nanoTime();
                    Synthesis.View out = prepared.render(view, ProgressListener.NONE);
                    double seconds = (System.nanoTime() - t0) / 1e9 + (v == 0 ? prepareSeconds : 0);
                    Row row = score(scene, view, method, out, classes.get(v), seconds);
                    rows.add(row);
                    onRow.accept(row);
                    if (view == shown) {
                        shownResults.put(method.label(), out.rgb());
                    }
                }
                done++;
            }
            strips.add(new Strip(scene.name(), shown.name(), w, h, scene.rgb(), shown.rgb(),
                    classes.get(classes.size() - 1), shownResults));
        }
        progress.progress(1, "done");
        return new Result(dataset, layout.label(), methods.stream().map(ViewMethod::label).toList(),
                scenes.stream().map(ViewScene::name).toList(), rows, strips);
    }

    static Row score(ViewScene scene, TargetView view, ViewMethod method, Synthesis.View out, byte[] classes,
                     double seconds) {
        int w = scene.camera().width();
        int h = scene.camera().height();
        boolean[] all = new boolean[w * h];
        java.util.Arrays.fill(all, true);
        boolean[] disoccluded = Visibility.of(classes, Visibility.DISOCCLUDED);
        boolean[] visible = Visibility.of(classes, Visibility.VISIBLE);
        int[] truth = view.rgb();
        double[] ssim = ViewMetrics.ssimMap(out.rgb(), truth, w, h);
        return new Row(scene.name(), view.name(), view.move(), view.amount(), method.label(),
                ViewMetrics.psnr(out.rgb(), truth, all), ViewMetrics.meanOver(ssim, all),
                ViewMetrics.psnr(out.rgb(), truth, disoccluded), ViewMetrics.meanOver(ssim, disoccluded),
                ViewMetrics.psnr(out.rgb(), truth, visible), 100 * out.holeFraction(), out.maxStretch(),
                100 * fraction(disoccluded), 100 * fraction(Visibility.of(classes, Visibility.OUT_OF_FRAME)), seconds);
    }

    private static double fraction(boolean[] m) {
        int n = 0;
        for (boolean b : m) {
            if (b) {
                n++;
            }
        }
        return n / (double) m.length;
    }
}
