package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.batch.BatchListener;
import io.github.parallaxlayers.batch.BatchProgress;
import io.github.parallaxlayers.batch.BatchResult;
import io.github.parallaxlayers.batch.BatchRun;
import io.github.parallaxlayers.batch.BatchSettings;
import io.github.parallaxlayers.batch.PlateRecord;
import io.github.parallaxlayers.batch.PlateStatus;
import io.github.parallaxlayers.batch.Shard;
import io.github.parallaxlayers.core.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code batch}: runs a macro over every plate of a folder, glob or image sequence, in worker JVMs, with a
 * manifest, resume and shards for SLURM array jobs. Exit status 0 when every plate succeeded, 3 when some failed
 * (they are listed), 2 for bad arguments.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Run a macro over many plates (a folder, a glob or a numbered image sequence): one output "
                + "folder per plate, worker JVMs, a manifest (batch.json, batch.csv), --resume and --shard.")
final class BatchCommand implements Callable<Integer> {
    static final int SOME_FAILED = 3;
    static final int BAD_ARGUMENTS = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--macro", required = true, paramLabel = "M.ijm",
            description = "The macro to run on each plate; it reads plate= and out= from getArgument().")
    Path macro;

    @Option(names = "--input", required = true, paramLabel = "DIR|GLOB",
            description = "The plates: a folder (its images, in natural name order) or a quoted glob such as "
                    + "'shots/*.tif' or 'shots/**/*.png'.")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The batch folder: one output folder per plate (named after the plate file), batch.json "
                    + "and batch.csv.")
    Path out;

    @Option(names = "--arg", paramLabel = "KEY=VALUE",
            description = "A further macro argument for every plate; repeat it.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--workers", defaultValue = "1", paramLabel = "N",
            description = "Plates at a time, each in its own worker JVM (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--heap", defaultValue = "2g", paramLabel = "SIZE",
            description = "Maximum heap of each worker JVM, as for java -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "I/N",
            description = "Run only shard I of N (1-based) of the sorted plates, e.g. one SLURM array task.")
    String shard;

    @Option(names = "--resume", description = "Skip plates whose output is complete, retry failed ones and remove "
            + "half-written folders of an interrupted run.")
    boolean resume;

    @Option(names = "--fail-fast", description = "Stop at the first failed plate (running plates stay pending).")
    boolean failFast;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (!heap.matches("[0-9]+[kKmMgGtT]?")) {
                throw new InvalidInputException("--heap " + heap + " is not valid; give a size such as 2g or 1500m.");
            }
            BatchSettings settings = new BatchSettings(macro, input, out, arguments, workers, Shard.parse(shard),
                    resume, failFast, WorkerLaunch.command(heap), heap);
            BatchResult result = BatchRun.run(settings, new BatchListener() {
                @Override
                public void message(String line) {
                    err.println("batch: " + line);
                    err.flush();
                }

                @Override
                public void plateFinished(PlateRecord row, BatchProgress progress) {
                    err.println(describe(row) + " | " + progress.line());
                    err.flush();
                }
            });
            return report(result, stdout, err);
        } catch (InvalidInputException e) {
            err.println("batch: " + e.getMessage());
            err.flush();
            return BAD_ARGUMENTS;
        } catch (UncheckedIOException e) {
            err.println("batch: " + e.getMessage());
            err.flush();
            return SOME_FAILED;
        }
    }

    static String describe(PlateRecord row) {
        return row.status() == PlateStatus.OK
                ? String.format(Locale.ROOT, "ok     %s (%.1f s)", row.name(), row.seconds())
                : "FAILED " + row.name() + ": " + row.error();
    }

    private static int report(BatchResult result, PrintWriter stdout, PrintWriter err) {
        stdout.printf(Locale.ROOT, "batch: %d ok, %d failed, %d pending; manifest %s%n",
                result.count(PlateStatus.OK), result.count(PlateStatus.FAILED), result.count(PlateStatus.PENDING),
                result.manifest());
        stdout.flush();
        for (PlateRecord row : result.failed()) {
            err.println("failed: " + row.plate() + ": " + row.error());
        }
        if (result.manifestError() != null) {
            err.println("batch: " + result.manifestError());
        }
        err.flush();
        return result.allSucceeded() ? 0 : SOME_FAILED;
    }
}
