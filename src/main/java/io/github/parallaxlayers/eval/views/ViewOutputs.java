package io.github.parallaxlayers.eval.views;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.parallaxlayers.core.InvalidInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a view evaluation to a folder: {@code summary.json}, {@code per_view.csv}, {@code psnr_vs_move.png} and
 * per scene {@code strip_SCENE.png} (and {@code psnr_SCENE.png} when the scene has several views). Each file is
 * written under a temporary name and renamed into place; existing results are replaced only when asked.
 */
public final class ViewOutputs {
    public static final String SUMMARY = "summary.json";
    public static final String CSV = "per_view.csv";
    public static final String PLOT = "psnr_vs_move.png";
    public static final String SSIM_VARIANT = "Wang et al. 2004 on BT.601 luma: 11x11 Gaussian window, sigma 1.5, "
            + "K1 0.01, K2 0.03, L 255, window cut and renormalised at the border; mean of the SSIM map over the "
            + "pixel set";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ViewOutputs() {
    }

    /** Fails before any work is done when results exist in {@code outDir} and {@code overwrite} is false. */
    public static void checkWritable(Path outDir, boolean overwrite) {
        if (overwrite || !Files.isDirectory(outDir)) {
            return;
        }
        List<String> existing = new ArrayList<>();
        try (Stream<Path> s = Files.list(outDir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.equals(SUMMARY) || n.equals(CSV) || n.equals(PLOT)
                    || (n.startsWith("strip_") || n.startsWith("psnr_")) && n.endsWith(".png")).sorted()
                    .forEach(existing::add);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot list " + outDir + ": " + e.getMessage(), e);
        }
        if (!existing.isEmpty()) {
            throw new InvalidInputException(outDir + " already holds " + String.join(", ", existing)
                    + ": choose another --out folder or add --overwrite.");
        }
    }

    public static void write(ViewEvaluation.Result result, Path outDir, boolean overwrite) {
        checkWritable(outDir, overwrite);
        try {
            Files.createDirectories(outDir);
            writeAtomically(outDir.resolve(CSV), csv(result).getBytes(StandardCharsets.UTF_8));
            writeAtomically(outDir.resolve(SUMMARY), JSON.writeValueAsBytes(summary(result)));
            writeAtomically(outDir.resolve(PLOT), png(overallPlot(result)));
            for (ViewEvaluation.Strip strip : result.strips()) {
                writeAtomically(outDir.resolve("strip_" + safe(strip.scene()) + ".png"), png(PictureStrip.render(strip)));
                List<String> views = viewsOf(result, strip.scene());
                if (views.size() > 1) {
                    writeAtomically(outDir.resolve("psnr_" + safe(strip.scene()) + ".png"),
                            png(LinePlot.render("PSNR by view: " + strip.scene(), "view (move and size)", "PSNR (dB)",
                                    views, curves(result, strip.scene(), views))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** The summary.json content; key names are stable (other tools read them). */
    public static Map<String, Object> summary(ViewEvaluation.Result r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataset", r.dataset());
        s.put("layout", r.layout());
        s.put("scenes", r.scenes());
        s.put("methods", r.methods());
        s.put("ssim", SSIM_VARIANT);
        s.put("psnr", "10 log10(255^2 / MSE) over the 8-bit R, G, B samples of the pixel set");
        Map<String, Object> means = new LinkedHashMap<>();
        for (String method : r.methods()) {
            Map<String, Object> byView = new LinkedHashMap<>();
            for (String view : allViews(r)) {
                List<ViewEvaluation.Row> rows = r.rows().stream()
                        .filter(x -> x.method().equals(method) && x.view().equals(view)).toList();
                Map<String, Object> m = metrics(rows);
                m.put("scenes", rows.size());
                byView.put(view, m);
            }
            means.put(method, byView);
        }
        s.put("results", means);
        List<Object> perScene = new ArrayList<>();
        for (String scene : r.scenes()) {
            Map<String, Object> sc = new LinkedHashMap<>();
            sc.put("name", scene);
            Map<String, Object> views = new LinkedHashMap<>();
            for (String view : viewsOf(r, scene)) {
                Map<String, Object> v = new LinkedHashMap<>();
                Map<String, Object> methods = new LinkedHashMap<>();
                for (ViewEvaluation.Row row : r.rows()) {
                    if (row.scene().equals(scene) && row.view().equals(view)) {
                        v.put("move", row.move());
                        v.put("amount", row.amount());
                        v.put("disoccluded_percent", number(row.disoccludedPercent()));
                        v.put("out_of_frame_percent", number(row.outOfFramePercent()));
                        Map<String, Object> m = metrics(List.of(row));
                        m.put("seconds", number(row.seconds()));
                        methods.put(row.method(), m);
                    }
                }
                v.put("methods", methods);
                views.put(view, v);
            }
            sc.put("views", views);
            perScene.add(sc);
        }
        s.put("per_scene", perScene);
        return s;
    }

    /** Means over rows (finite values only; +∞ PSNR of an exact result is written as null, as is "no pixel"). */
    private static Map<String, Object> metrics(List<ViewEvaluation.Row> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("psnr", mean(rows, ViewEvaluation.Row::psnr));
        m.put("ssim", mean(rows, ViewEvaluation.Row::ssim));
        m.put("psnr_disoccluded", mean(rows, ViewEvaluation.Row::psnrDisoccluded));
        m.put("ssim_disoccluded", mean(rows, ViewEvaluation.Row::ssimDisoccluded));
        m.put("psnr_visible", mean(rows, ViewEvaluation.Row::psnrVisible));
        m.put("holes_percent", mean(rows, ViewEvaluation.Row::holesPercent));
        m.put("max_stretch", mean(rows, ViewEvaluation.Row::maxStretch));
        return m;
    }

    private static Object mean(List<ViewEvaluation.Row> rows, java.util.function.ToDoubleFunction<ViewEvaluation.Row> f) {
        double sum = 0;
        int n = 0;
        for (ViewEvaluation.Row row : rows) {
            double v = f.applyAsDouble(row);
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : round(sum / n);
    }

    private static Object number(double v) {
        return Double.isFinite(v) ? round(v) : null;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** One row per scene, view and method. */
    public static String csv(ViewEvaluation.Result r) {
        StringBuilder out = new StringBuilder("scene,view,move,amount,method,psnr,ssim,psnr_disoccluded,"
                + "ssim_disoccluded,psnr_visible,holes_percent,max_stretch,disoccluded_percent,out_of_frame_percent,"
                + "seconds\n");
        for (ViewEvaluation.Row x : r.rows()) {
            out.append(x.scene()).append(',').append(x.view()).append(',').append(x.move()).append(',')
                    .append(f(x.amount())).append(',').append(x.method()).append(',').append(f(x.psnr())).append(',')
                    .append(f(x.ssim())).append(',').append(f(x.psnrDisoccluded())).append(',')
                    .append(f(x.ssimDisoccluded())).append(',').append(f(x.psnrVisible())).append(',')
                    .append(f(x.holesPercent())).append(',').append(f(x.maxStretch())).append(',')
                    .append(f(x.disoccludedPercent())).append(',').append(f(x.outOfFramePercent())).append(',')
                    .append(f(x.seconds())).append('\n');
        }
        return out.toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "" : Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Mean PSNR per view over scenes; when every scene has a single view (stereo pairs), PSNR per scene. */
    private static BufferedImage overallPlot(ViewEvaluation.Result r) {
        List<String> views = allViews(r);
        if (views.size() == 1) {
            List<LinePlot.Curve> curves = new ArrayList<>();
            for (String method : r.methods()) {
                double[] v = r.scenes().stream().mapToDouble(scene -> r.rows().stream()
                        .filter(x -> x.method().equals(method) && x.scene().equals(scene)).mapToDouble(
                                ViewEvaluation.Row::psnr).findFirst().orElse(Double.NaN)).toArray();
                curves.add(new LinePlot.Curve(method, v));
            }
            return LinePlot.render("PSNR of the " + views.get(0) + " view by scene", "scene", "PSNR (dB)", r.scenes(),
                    curves);
        }
        return LinePlot.render("Mean PSNR over " + r.scenes().size() + " scenes by view", "view (move and size)",
                "PSNR (dB)", views, curves(r, null, views));
    }

    private static List<LinePlot.Curve> curves(ViewEvaluation.Result r, String scene, List<String> views) {
        List<LinePlot.Curve> curves = new ArrayList<>();
        for (String method : r.methods()) {
            double[] v = new double[views.size()];
            for (int k = 0; k < v.length; k++) {
                String view = views.get(k);
                v[k] = r.rows().stream().filter(x -> x.method().equals(method) && x.view().equals(view)
                        && (scene == null || x.scene().equals(scene))).mapToDouble(ViewEvaluation.Row::psnr)
                        .filter(Double::isFinite).average().orElse(Double.NaN);
            }
            curves.add(new LinePlot.Curve(method, v));
        }
        return curves;
    }

    private static List<String> allViews(ViewEvaluation.Result r) {
        return r.rows().stream().map(ViewEvaluation.Row::view).distinct().toList();
    }

    private static List<String> viewsOf(ViewEvaluation.Result r, String scene) {
        return r.rows().stream().filter(x -> x.scene().equals(scene)).map(ViewEvaluation.Row::view).distinct().toList();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        // Files.write with CREATE_NEW, not createTempFile: the umask applies (createTempFile makes the result 600).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
