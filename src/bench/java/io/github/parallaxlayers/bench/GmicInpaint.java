package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.mask.Mask;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * G'MIC's patch-based {@code inpaint} (D. Tschumperlé; the exemplar fill GIMP and Krita users reach for) as an
 * {@link Inpainter}, for side-by-side figures only (issue 23). It runs the {@code gmic} program (Debian package
 * {@code gmic}) on PNG files in a temporary folder; never a runtime dependency. {@link #lastSeconds()} is G'MIC's own
 * {@code tic}/{@code toc} around the inpaint alone (10 ms resolution, no PNG coding), {@link #lastPeakKb()} the
 * process's maximum resident set from {@code /usr/bin/time} (whole process, decoding and encoding included).
 */
final class GmicInpaint implements Inpainter {
    private static final Pattern ELAPSED = Pattern.compile("Elapsed time: ([0-9.]+) s");
    private static final Pattern VERSION = Pattern.compile("Version ([0-9.]+)");
    private static final Pattern PEAK = Pattern.compile("PEAK_KB=([0-9]+)");

    private final String id;
    /** 0 = the patch size that suits the plate ({@link #patchSizeFor}); otherwise this size. */
    private final int patchSize;
    private double lastSeconds = Double.NaN;
    private long lastPeakKb = -1;

    private GmicInpaint(String id, int patchSize) {
        this.id = id;
        this.patchSize = patchSize;
    }

    /**
     * {@code gmic 9}: the documented defaults of the patch-based mode (lookup size 22, lookup factor 0.5, lookup
     * increment 1, blend size 0, blend threshold 0, blend decay 0.05, 10 blend scales, outer blending) with patch size 9,
     * the size of the and the manual's examples (G'MIC's own default, 0, is the fast average, not patches);
     * {@code gmic sized}: the same with the patch size of {@link #patchSizeFor}. Empty, with one line, when
     * {@code gmic} is missing.
     */
    static Map<String, Inpainter> available() {
        Map<String, Inpainter> out = new LinkedHashMap<>();
        String version = version();
        if (version == null) {
            System.err.println("gmic not found: G'MIC rows left out (install it with: apt-get install -y gmic)");
            return out;
        }
        out.put("gmic 9", new GmicInpaint("gmic 9", 9));
        out.put("gmic sized", new GmicInpaint("gmic sized", 0));
        return out;
    }

    /** G'MIC's version line, or null when the program is missing. */
    static String version() {
        try {
            Process p = new ProcessBuilder("gmic", "-version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = VERSION.matcher(text);
            return p.waitFor() == 0 && m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Patch size for a plate: the odd size nearest 1/120 of its shorter side, at least 5 (5 on the 512-px test
     * photos, 9 at 1080 px, 19 at 2160 px), so that a patch covers about the same part of the scene at every size;
     * 9 at 1080p is the example.
     */
    static int patchSizeFor(int width, int height) {
        int s = (int) Math.round(Math.min(width, height) / 120.0);
        s = Math.max(5, s);
        return s % 2 == 0 ? s + 1 : s;
    }

    int patchSize(int width, int height) {
        return patchSize > 0 ? patchSize : patchSizeFor(width, height);
    }

    @Override
    public String id() {
        return id;
    }

    double lastSeconds() {
        return lastSeconds;
    }

    long lastPeakKb() {
        return lastPeakKb;
    }

    @Override
    public Plate fillHole(Plate plate, Mask hole, ProgressListener progress) {
        File dir = null;
        try {
            dir = Files.createTempDirectory("gmic-fill").toFile();
            File in = new File(dir, "plate.png");
            File mask = new File(dir, "mask.png");
            File out = new File(dir, "out.png");
            BenchImages.writePng(plate, in);
            int[] m = new int[hole.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = hole.get(i) ? 0xffffff : 0;
            }
            // G'MIC reads the grey PNG as one channel; an RGB white/black one as three equal ones, also fine.
            BenchImages.writePng(Plate.rgb(hole.width(), hole.height(), m), mask);
            int size = patchSize(plate.width(), plate.height());
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "PEAK_KB=%M", "gmic", "-v", "-1",
                    in.getPath(), mask.getPath(), "channels[1]", "0", "tic", "inpaint[0]", "[1]," + size, "toc",
                    "keep[0]", "o", out.getPath()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || !out.isFile()) {
                throw new IllegalStateException("gmic failed: " + text.trim());
            }
            Matcher t = ELAPSED.matcher(text);
            lastSeconds = t.find() ? Double.parseDouble(t.group(1)) : Double.NaN;
            Matcher k = PEAK.matcher(text);
            lastPeakKb = k.find() ? Long.parseLong(k.group(1)) : -1;
            Plate result = BenchImages.readRgb(out);
            // Keep the known pixels bit-identical, as every Inpainter does (G'MIC may blend across the border).
            int[] px = ((int[]) result.pixels()).clone();
            int[] src = (int[]) plate.pixels();
            for (int i = 0; i < px.length; i++) {
                if (!hole.get(i)) {
                    px[i] = src[i];
                }
            }
            return Plate.rgb(plate.width(), plate.height(), px);
        } catch (IOException e) {
            throw new IllegalStateException("gmic run failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while gmic ran", e);
        } finally {
            if (dir != null) {
                File[] files = dir.listFiles();
                if (files != null) {
                    for (File f : files) {
                        f.delete();
                    }
                }
                dir.delete();
            }
        }
    }
}
