package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.subject.SubjectMap;
import io.github.parallaxlayers.segment.subject.SubjectMatte;
import io.github.parallaxlayers.segment.subject.SubjectNetwork;
import io.github.parallaxlayers.segment.subject.SubjectSettings;

import javax.imageio.ImageIO;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The overhead of the Subject Mask path on the real IS-Net network (issue 18): the bare {@code session.run} against
 * the whole path on a 1920×1080 plate (pre-processing, tensor I/O, the 1024² map resampled to the plate), measured
 * per call with ONNX Runtime's profiler ({@link ProfiledSession}): overhead = wall time of the call − time inside its
 * {@code session.run}. Also the parts on their own, the guided-filter snap, and session reuse through
 * {@link OnnxRuntime}. Run: {@code scripts/bench.sh SubjectOverheadBenchmark [CALLS]}
 */
public final class SubjectOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path model = Path.of(System.getProperty("parallax.shared", "../shared"),
                "models/isnet-general-use/isnet-general-use.onnx");
        Plate plate = plate1080("sample-images/leuven-street.jpg");
        System.out.println("Subject Mask overhead, IS-Net, 1920x1080 plate, " + calls + " calls after 1 warm-up, "
                + BenchTimer.machine());

        long t0 = System.nanoTime();
        var first = OnnxRuntime.shared().open(model, Device.CPU);
        double createMs = (System.nanoTime() - t0) / 1e6;
        int created = OnnxRuntime.shared().sessionsCreated();
        t0 = System.nanoTime();
        var again = OnnxRuntime.shared().open(model, Device.CPU);
        double reuseMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "session: created in %.0f ms (sha256 of the 88 MB file included); second open "
                        + "%.3f ms, same session %b, sessions created %d -> %d%n", createMs, reuseMs,
                first.session() == again.session(), created, OnnxRuntime.shared().sessionsCreated());

        Path prefix = Files.createTempDirectory("isnet-profile").resolve("isnet");
        try (ProfiledSession profiled = new ProfiledSession(model, prefix)) {
            EmbeddingCache unused = new EmbeddingCache(0, Path.of("target/unused"));
            SubjectNetwork network = new SubjectNetwork(profiled.model(), unused, CacheMode.OFF);
            SubjectSettings plain = SubjectSettings.DEFAULTS;
            // warm-up: one bare run and one full call
            network.run(SubjectNetwork.input(plate));
            SubjectMatte.of(network, plate, plain, ProgressListener.NONE);
            List<Double> bareWall = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                FloatBuffer input = SubjectNetwork.input(plate);
                long s = System.nanoTime();
                network.run(input);
                bareWall.add((System.nanoTime() - s) / 1e6);
            }
            List<Double> fullWall = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long s = System.nanoTime();
                SubjectMatte.of(network, plate, plain, ProgressListener.NONE);
                fullWall.add((System.nanoTime() - s) / 1e6);
            }
            List<Double> runs = profiled.runMillis();
            // runs: warm-up bare, warm-up full, calls bare, calls full
            List<Double> bareRuns = runs.subList(2, 2 + calls);
            List<Double> fullRuns = runs.subList(2 + calls, 2 + 2 * calls);
            double[] overhead = new double[calls];
            double[] ratio = new double[calls];
            double[] bareJni = new double[calls];
            for (int i = 0; i < calls; i++) {
                overhead[i] = fullWall.get(i) - fullRuns.get(i);
                ratio[i] = overhead[i] / fullRuns.get(i);
                bareJni[i] = bareWall.get(i) - bareRuns.get(i);
            }
            System.out.printf(Locale.ROOT, "bare: wall median %.0f ms, inside session.run %.0f ms (tensor I/O and "
                    + "JNI around it: median %.1f ms)%n", median(bareWall), median(bareRuns), median(bareJni));
            System.out.printf(Locale.ROOT, "full path (snap off): wall median %.0f ms, inside session.run %.0f ms, "
                            + "overhead median %.1f ms = %.2f %% (range %.2f-%.2f %%)%n", median(fullWall),
                    median(fullRuns), median(overhead), 100 * median(ratio), 100 * min(ratio), 100 * max(ratio));

            List<Double> pre = new ArrayList<>();
            List<Double> post = new ArrayList<>();
            List<Double> snap = new ArrayList<>();
            SubjectMap map = network.map(plate, ProgressListener.NONE);
            SubjectSettings snapping = new SubjectSettings(0.5, true, 8, 1e-3);
            for (int i = 0; i < 5; i++) {
                long s = System.nanoTime();
                SubjectNetwork.input(plate);
                pre.add((System.nanoTime() - s) / 1e6);
                s = System.nanoTime();
                SubjectMatte.of(map, plate, plain, ProgressListener.NONE);
                post.add((System.nanoTime() - s) / 1e6);
                s = System.nanoTime();
                SubjectMatte.of(map, plate, snapping, ProgressListener.NONE);
                snap.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf(Locale.ROOT, "parts, medians of 5: input (resize to 1024, NCHW) %.1f ms; map to "
                    + "1920x1080 %.1f ms; map to 1920x1080 + guided-filter snap (radius 8) %.1f ms%n",
                    median(pre), median(post), median(snap));
        }
    }

    static Plate plate1080(String file) throws Exception {
        BufferedImage source = ImageIO.read(new File(file));
        BufferedImage scaled = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, 1920, 1080, null);
        g.dispose();
        int[] rgb = scaled.getRGB(0, 0, 1920, 1080, null, 0, 1920);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return Plate.rgb(1920, 1080, rgb);
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
