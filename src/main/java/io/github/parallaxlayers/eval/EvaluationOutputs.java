package io.github.parallaxlayers.eval;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Writes a click evaluation to a folder: {@code per_image.csv}, {@code summary.json} and
 * {@code miou_vs_clicks.png}. Each file is written under a temporary name and renamed into place, and existing
 * files are replaced only when asked, so a crash or a second run never leaves a half-written or lost result.
 */
public final class EvaluationOutputs {
    public static final String CSV = "per_image.csv";
    public static final String SUMMARY = "summary.json";
    public static final String PLOT = "miou_vs_clicks.png";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationOutputs() {
    }

    /** Fails before any work is done when an output exists and {@code overwrite} is false. */
    public static void checkWritable(Path outDir, boolean overwrite) {
        if (overwrite) {
            return;
        }
        List<String> existing = new ArrayList<>();
        for (String name : List.of(CSV, SUMMARY, PLOT)) {
            if (Files.exists(outDir.resolve(name))) {
                existing.add(name);
            }
        }
        if (!existing.isEmpty()) {
            throw new InvalidInputException(outDir + " already holds " + String.join(", ", existing)
                    + ": choose another --out folder or add --overwrite.");
        }
    }

    /**
     * Writes the three files.
     *
     * @param others curves of earlier runs to draw beside this one (e.g. other backends), may be empty
     */
    public static void write(ClickEvaluation evaluation, Path outDir, boolean overwrite, List<MiouPlot.Curve> others) {
        checkWritable(outDir, overwrite);
        try {
            Files.createDirectories(outDir);
            List<MiouPlot.Curve> curves = new ArrayList<>();
            curves.add(new MiouPlot.Curve(evaluation.backend(), evaluation.miouPerClick()));
            curves.addAll(others);
            BufferedImage plot = MiouPlot.render("mIoU vs clicks on " + Path.of(evaluation.dataset()).getFileName()
                    + " (" + evaluation.images().size() + " images)", curves);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(plot, "png", png);
            writeAtomically(outDir.resolve(CSV), csv(evaluation).getBytes(StandardCharsets.UTF_8), overwrite);
            writeAtomically(outDir.resolve(SUMMARY), JSON.writeValueAsBytes(summary(evaluation)), overwrite);
            writeAtomically(outDir.resolve(PLOT), png.toByteArray(), overwrite);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** The summary.json content; key names are stable (other tools read them). */
    public static Map<String, Object> summary(ClickEvaluation e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataset", e.dataset());
        s.put("layout", e.layout());
        s.put("backend", e.backend());
        s.put("images", e.images().size());
        s.put("max_clicks", e.maxClicks());
        s.put("noc85", e.noc85());
        s.put("noc90", e.noc90());
        s.put("over_max_90", e.overMax90());
        s.put("miou", e.miouPerClick());
        s.put("ms_per_click_median", e.msPerClickMedian());
        s.put("ms_per_click_p95", e.msPerClickP95());
        s.put("ms_open_median", ClickEvaluation.percentile(
                e.images().stream().mapToDouble(ImageClickResult::openMs).toArray(), 50));
        return s;
    }

    /** One row per image: image, noc85, noc90, clicks_made, open_ms, iou_1..iou_N, ms_1..ms_N. */
    public static String csv(ClickEvaluation e) {
        int n = e.maxClicks();
        StringBuilder out = new StringBuilder("image,noc85,noc90,clicks_made,open_ms");
        for (int k = 1; k <= n; k++) {
            out.append(",iou_").append(k);
        }
        for (int k = 1; k <= n; k++) {
            out.append(",ms_").append(k);
        }
        out.append('\n');
        for (ImageClickResult r : e.images()) {
            out.append(csvField(r.name())).append(',').append(r.clicksTo(0.85)).append(',').append(r.clicksTo(0.90))
                    .append(',').append(r.msPerClick().length).append(',').append(format(r.openMs(), 3));
            for (double iou : r.iouPerClick()) {
                out.append(',').append(format(iou, 6));
            }
            for (int k = 0; k < n; k++) {
                out.append(',');
                if (k < r.msPerClick().length) {
                    out.append(format(r.msPerClick()[k], 3));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The backend label and mIoU array of an earlier run's summary.json, to draw as another curve. */
    public static MiouPlot.Curve readCurve(Path summaryOrFolder) {
        Path file = Files.isDirectory(summaryOrFolder) ? summaryOrFolder.resolve(SUMMARY) : summaryOrFolder;
        try {
            JsonNode node = JSON.readTree(file.toFile());
            JsonNode miou = node.get("miou");
            if (miou == null || !miou.isArray() || miou.isEmpty() || node.get("backend") == null) {
                throw new InvalidInputException(file + " has no 'backend' and 'miou' array: give the summary.json "
                        + "of an earlier evaluate run.");
            }
            double[] values = new double[miou.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = miou.get(i).asDouble();
            }
            return new MiouPlot.Curve(node.get("backend").asText(), values);
        } catch (IOException ex) {
            throw new InvalidInputException("Cannot read " + file + " as a summary.json: " + ex.getMessage(), ex);
        }
    }

    static void writeAtomically(Path target, byte[] bytes, boolean overwrite) throws IOException {
        // Files.write with CREATE_NEW, not createTempFile: the umask applies (createTempFile makes the result 600).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.write(temp, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
            if (!overwrite && Files.exists(target)) {
                throw new InvalidInputException(target + " appeared while writing: add --overwrite to replace it.");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
