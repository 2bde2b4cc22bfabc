package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.batch.BatchListener;
import io.github.parallaxlayers.batch.BatchProgress;
import io.github.parallaxlayers.batch.BatchResult;
import io.github.parallaxlayers.batch.BatchRun;
import io.github.parallaxlayers.batch.BatchSettings;
import io.github.parallaxlayers.batch.PlateRecord;
import io.github.parallaxlayers.batch.Shard;
import io.github.parallaxlayers.cli.ParallaxCli;
import io.github.parallaxlayers.cli.WorkerLaunch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput of {@code batch} with the main job (macros/plate-to-layers.ijm) over 16 copies of the 751 x 563 sample
 * plate, with 1 and 2 workers; the peak resident memory of a worker; and what a fresh JVM per plate would cost
 * (a one-plate run-macro, cold, against a plate in a warm worker), which decides whether workers stay alive.
 * {@code scripts/bench.sh BatchBenchmark [plates] [heap]}
 */
public final class BatchBenchmark {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        String heap = args.length > 1 ? args[1] : "2g";
        Path root = Path.of("target/bench-batch").toAbsolutePath();
        deleteTree(root);
        Path plates = Files.createDirectories(root.resolve("plates"));
        for (int i = 1; i <= count; i++) {
            Files.copy(Path.of("sample-images/leuven-street.jpg"), plates.resolve(String.format(Locale.ROOT,
                    "plate%02d.jpg", i)));
        }
        System.out.println("machine: " + BenchTimer.machine() + ", load average at start " + load());
        List<String> worker = WorkerLaunch.command(heap);

        double[] cold = new double[3];
        for (int i = 0; i < cold.length; i++) {
            cold[i] = runMacroSeconds(worker, root.resolve("cold-" + i));
        }
        double noop = noopJvmSeconds(worker, root);
        System.out.printf(Locale.ROOT, "fresh JVM per plate (run-macro, 1 plate): %s s; JVM + ImageJ start alone "
                + "(empty macro): %.2f s%n", fmt(cold), noop);

        for (int workers : new int[] {1, 2}) {
            Path out = root.resolve("out-" + workers);
            long t0 = System.nanoTime();
            BatchResult result = BatchRun.run(new BatchSettings(Path.of("macros/plate-to-layers.ijm"),
                    plates.toString(), out, List.of(), workers, Shard.ALL, false, false, worker, heap), QUIET);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!result.allSucceeded()) {
                throw new IllegalStateException("plates failed: " + result.failed());
            }
            double[] seconds = result.rows().stream().mapToDouble(PlateRecord::seconds).toArray();
            long peak = result.rows().stream().mapToLong(PlateRecord::workerPeakMb).max().orElse(0);
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "workers %d: %d plates in %.1f s = %.1f plates/min; per plate in a worker: "
                            + "first %.2f s, median %.2f s, min %.2f s; worker peak RSS %d MB; load average now %s%n",
                    workers, count, wall, count * 60 / wall, seconds[0], sorted[sorted.length / 2], sorted[0], peak,
                    load());
            if (workers == 1) {
                double warm = sorted[sorted.length / 2];
                double startup = median(cold) - warm;
                System.out.printf(Locale.ROOT, "start-up cost of a fresh worker JVM per plate: %.2f s = %.0f %% of a "
                        + "warm plate (%.2f s)%n", startup, 100 * startup / warm, warm);
            }
        }
        System.out.println("load average at end " + load());
    }

    private static final BatchListener QUIET = new BatchListener() {
        @Override
        public void message(String line) {
            System.out.println("  " + line);
        }

        @Override
        public void plateFinished(PlateRecord row, BatchProgress progress) {
        }
    };

    private static double runMacroSeconds(List<String> worker, Path out) throws Exception {
        List<String> command = new ArrayList<>(worker.subList(0, worker.indexOf(ParallaxCli.class.getName()) + 1));
        command.addAll(List.of("run-macro", "macros/plate-to-layers.ijm", "--arg", "out=" + out));
        return timed(command);
    }

    private static double noopJvmSeconds(List<String> worker, Path root) throws Exception {
        Path macro = root.resolve("empty.ijm");
        Files.writeString(macro, "x = 1;\n");
        List<String> command = new ArrayList<>(worker.subList(0, worker.indexOf(ParallaxCli.class.getName()) + 1));
        command.addAll(List.of("run-macro", macro.toString()));
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            t[i] = timed(command);
        }
        return median(t);
    }

    private static double timed(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String fmt(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
    }

    private static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
