package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.export.ExportFormat;
import io.github.parallaxlayers.export.LayerStackExporter;
import io.github.parallaxlayers.export.PlateCamera;
import io.github.parallaxlayers.export.SceneSettings;
import io.github.parallaxlayers.export.exr.ExrCompression;
import io.github.parallaxlayers.export.exr.ExrLayout;
import io.github.parallaxlayers.export.exr.ExrPrecision;
import io.github.parallaxlayers.export.exr.ExrSettings;
import io.github.parallaxlayers.export.exr.ExrTransfer;
import io.github.parallaxlayers.export.exr.LayerStackExr;
import io.github.parallaxlayers.layers.CameraMove;
import io.github.parallaxlayers.layers.EdgeMode;
import io.github.parallaxlayers.layers.LayerEdges;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.layers.ParallaxRenderer;
import io.github.parallaxlayers.mask.Mask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Layer-stack speed (issue goals: export of 8 layers at 3840×2160 in every format ≤ 6 s with peak heap ≤ 2 GB;
 * parallax preview of 60 frames at 1920×1080 from 5 layers ≤ 10 s). TIFF is written by ImageJ in the command and
 * is not part of this ImageJ-free timing. Run: {@code scripts/bench.sh ExportBenchmark}
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws IOException {
        System.out.println("Layer stack benchmark, " + BenchTimer.machine());
        Path dir = Files.createTempDirectory("export-bench");
        if (args.length > 0 && args[0].equals("edges")) {
            edges();
            delete(dir);
            return;
        }
        if (args.length > 0 && args[0].equals("exr")) {
            exr(dir, args);
            delete(dir);
            return;
        }
        for (boolean sixteen : new boolean[] {false, true}) {
            LayerStack big = stack(3840, 2160, 8, 3, sixteen);
            for (ExportFormat format : new ExportFormat[] {ExportFormat.PNG, ExportFormat.GLB, ExportFormat.ALL}) {
                int[] run = {0};
                BenchTimer.resetPeakHeap();
                double ms = BenchTimer.medianMillis(1, 3, () -> LayerStackExporter.export(big, dir.resolve(
                        format.label() + sixteen + run[0]++), false, format, SceneSettings.DEFAULT, null,
                        ProgressListener.NONE));
                System.out.printf(Locale.ROOT, "| export 8 layers 3840x2160 %d-bit, format=%s | %.0f ms | peak heap %d MiB |%n",
                        big.bitsPerChannel(), format.label(), ms, BenchTimer.peakHeapMiB());
            }
        }
        LayerStack preview = stack(1920, 1080, 5, 4);
        ParallaxRenderer renderer = new ParallaxRenderer(preview, 40);
        List<ParallaxRenderer.Pose> path = renderer.path(CameraMove.SHIFT, 0.3, 60);
        BenchTimer.resetPeakHeap();
        double ms = BenchTimer.medianMillis(1, 3, () -> {
            List<ParallaxRenderer.Frame> frames = new ArrayList<>();
            for (ParallaxRenderer.Pose pose : path) {
                frames.add(renderer.render(pose, 1920, 1080, ProgressListener.NONE));
            }
            return frames.size();
        });
        System.out.printf(Locale.ROOT, "| parallax preview, 60 frames 1920x1080, 5 layers | %.0f ms | peak heap %d MiB |%n",
                ms, BenchTimer.peakHeapMiB());
        delete(dir);
    }

    /**
     * The OpenEXR file alone (issue 19 goal: 8 layers at 3840×2160, ZIP, half ≤ 3 s on 2 cores):
     * {@code scripts/bench.sh ExportBenchmark exr}.
     */
    private static void exr(Path dir, String[] args) {
        ExrSettings[] settings = {ExrSettings.DEFAULT,
                new ExrSettings(ExrPrecision.FLOAT, ExrCompression.ZIP, ExrTransfer.AUTO, ExrLayout.MULTIPART),
                new ExrSettings(ExrPrecision.HALF, ExrCompression.NONE, ExrTransfer.AUTO, ExrLayout.MULTIPART),
                new ExrSettings(ExrPrecision.HALF, ExrCompression.ZIP, ExrTransfer.AUTO, ExrLayout.SINGLEPART)};
        for (boolean sixteen : new boolean[] {false, true}) {
            LayerStack big = stack(3840, 2160, 8, 3, sixteen);
            PlateCamera camera = PlateCamera.of(SceneSettings.DEFAULT, big.width(), big.height());
            for (ExrSettings s : settings) {
                int[] run = {0};
                long[] size = {0};
                BenchTimer.resetPeakHeap();
                long cpu0 = processCpuNanos();
                double ms = BenchTimer.medianMillis(1, 3, () -> {
                    Path file = dir.resolve("layers" + run[0]++ + ".exr");
                    try {
                        LayerStackExr.write(big, big.layers(), camera, s, file, ProgressListener.NONE);
                        size[0] = Files.size(file);
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return 0;
                });
                // CPU time per write (all threads, GC included): on a loaded machine, wall time says little, and
                // CPU time / 2 is what 2 otherwise idle cores would need at best
                double cpuMs = (processCpuNanos() - cpu0) / 1e6 / run[0];
                System.out.printf(Locale.ROOT, "| layers.exr, 8 layers 3840x2160 %d-bit, %s %s %s | %.0f ms | CPU %.0f ms "
                                + "| %.0f MB | peak heap %d MiB |%n", big.bitsPerChannel(), s.layout().label(),
                        s.precision().label(), s.compression().label(), ms, cpuMs, size[0] / 1e6,
                        BenchTimer.peakHeapMiB());
                if (args.length > 1 && args[1].equals("default")) {
                    break;
                }
            }
        }
    }

    /**
     * Build Layer Stack with soft edges (issue 19): the 8 layers at 3840×2160 built hard, feathered and matted
     * (4 px), with and without decontamination, the builder alone: {@code scripts/bench.sh ExportBenchmark edges}.
     */
    private static void edges() {
        LayerStack reference = stack(3840, 2160, 8, 3, false);
        Plate plate = reference.filled();
        List<Mask> masks = reference.alphaMasks();
        List<String> names = reference.layers().stream().map(io.github.parallaxlayers.layers.Layer::name).toList();
        List<List<String>> histories = new ArrayList<>();
        names.forEach(n -> histories.add(List.of()));
        LayerEdges[] all = {LayerEdges.HARD, new LayerEdges(EdgeMode.FEATHER, 4, false),
                new LayerEdges(EdgeMode.FEATHER, 4, true), new LayerEdges(EdgeMode.MATTE, 4, false),
                new LayerEdges(EdgeMode.MATTE, 4, true)};
        for (LayerEdges edges : all) {
            BenchTimer.resetPeakHeap();
            long cpu0 = processCpuNanos();
            int[] runs = {0};
            double ms = BenchTimer.medianMillis(1, 3, () -> {
                runs[0]++;
                return LayerStackBuilder.build("bench", plate, masks, names, histories, null, List.of(), edges);
            });
            double cpuMs = (processCpuNanos() - cpu0) / 1e6 / runs[0];
            System.out.printf(Locale.ROOT, "| Build Layer Stack, 8 layers 3840x2160, edge=%s%s | %.0f ms | CPU %.0f ms "
                            + "| peak heap %d MiB |%n", edges.mode().label(), edges.decontaminate() ? " decontaminate" : "",
                    ms, cpuMs, BenchTimer.peakHeapMiB());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static LayerStack stack(int w, int h, int n, long seed) {
        return stack(w, h, n, seed, false);
    }

    /**
     * A textured plate with n layers: n − 1 random blobs at increasing depth and a full background; RGB, or a 16-bit
     * grey plate (luma × 256 plus noise in the low bits) for a 16-bit stack.
     */
    static LayerStack stack(int w, int h, int n, long seed, boolean sixteenBit) {
        Random random = new Random(seed);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int x = i % w;
            int y = i / w;
            rgb[i] = ((x * 7 + y * 3) & 255) << 16 | ((x ^ y) & 255) << 8 | random.nextInt(64);
        }
        List<Mask> masks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int l = 0; l < n - 1; l++) {
            Mask m = Mask.empty(w, h);
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int r = h / 6 + random.nextInt(h / 4);
            for (int y = Math.max(0, cy - r); y < Math.min(h, cy + r); y++) {
                for (int x = Math.max(0, cx - r); x < Math.min(w, cx + r); x++) {
                    m.set(x, y, (x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r);
                }
            }
            masks.add(m);
            names.add("layer " + (l + 1));
        }
        masks.add(Mask.full(w, h));
        names.add("background");
        Plate plate = Plate.rgb(w, h, rgb);
        if (sixteenBit) {
            short[] grey = new short[w * h];
            for (int i = 0; i < grey.length; i++) {
                int luma = ((rgb[i] >> 16 & 255) * 77 + (rgb[i] >> 8 & 255) * 150 + (rgb[i] & 255) * 29) >> 8;
                grey[i] = (short) (luma << 8 | random.nextInt(256));
            }
            plate = new Plate(w, h, io.github.parallaxlayers.core.PixelType.GRAY16, grey);
        }
        LayerStack stack = LayerStackBuilder.build("bench", plate, masks, names, null);
        for (int l = 0; l < n; l++) {
            stack = LayerStackEdits.setDepth(stack, names.get(l), 2 + 3 * l);
        }
        return stack;
    }
}
