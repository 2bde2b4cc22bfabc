package io.github.parallaxlayers.imagej;

import ij.IJ;
import io.github.parallaxlayers.batch.BatchListener;
import io.github.parallaxlayers.batch.BatchProgress;
import io.github.parallaxlayers.batch.BatchResult;
import io.github.parallaxlayers.batch.BatchRun;
import io.github.parallaxlayers.batch.BatchSettings;
import io.github.parallaxlayers.batch.MacroArguments;
import io.github.parallaxlayers.batch.PlateRecord;
import io.github.parallaxlayers.batch.PlateStatus;
import io.github.parallaxlayers.batch.Shard;
import io.github.parallaxlayers.cli.WorkerLaunch;
import io.github.parallaxlayers.core.InvalidInputException;

import java.nio.file.Path;

/**
 * Plugins › Parallax Layers › Batch Plates: the {@code batch} command line for desktop use. Runs a macro over a
 * folder or glob of plates in worker JVMs, with the progress bar (Esc stops; running plates stay pending for
 * resume), one Log line per plate and batch.json / batch.csv in the output folder.
 */
public class BatchPlatesCommand extends ParallaxCommand {
    static final String TITLE = "Batch Plates";
    private final Option<String> macro = text("macro", "");
    private final Option<String> input = text("input", "");
    private final Option<String> out = text("out", "");
    private final Option<String> args = text("args", "");
    private final Option<Integer> workers = integer("workers", 1, 1, 64);
    private final Option<String> heap = text("heap", "2g");
    private final Option<Boolean> resume = flag("resume");
    private final Option<Boolean> failFast = flag("fail_fast");

    public BatchPlatesCommand() {
        super(TITLE, null);
    }

    @Override
    protected void execute(CommandOptions options) {
        if (macro.get().isBlank() || input.get().isBlank() || out.get().isBlank()) {
            throw new InvalidInputException("Give the macro, the plates and the output folder: macro=[job.ijm] "
                    + "input=[folder or glob] out=[folder].");
        }
        if (!heap.get().trim().matches("[0-9]+[kKmMgGtT]?")) {
            throw new InvalidInputException("heap=" + heap.get() + " is not valid; give a size such as 2g or 1500m.");
        }
        BatchSettings settings = new BatchSettings(Path.of(macro.get().trim()), input.get().trim(),
                Path.of(out.get().trim()), MacroArguments.split(args.get()), workers.get(), Shard.ALL, resume.get(),
                failFast.get(), WorkerLaunch.command(heap.get().trim()), heap.get().trim());
        ImageJProgress progress = progress();
        progress.progress(0, "starting " + workers.get() + " worker(s)");
        BatchResult result = BatchRun.run(settings, new BatchListener() {
            @Override
            public void message(String line) {
                log(line);
            }

            @Override
            public void plateFinished(PlateRecord row, BatchProgress p) {
                log((row.status() == PlateStatus.OK ? "ok " + row.name()
                        : "FAILED " + row.name() + ": " + row.error()));
                progress.progress(p.fraction(), p.line());
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        });
        IJ.showProgress(1.0);
        log(result.count(PlateStatus.OK) + " ok, " + result.count(PlateStatus.FAILED) + " failed, "
                + result.count(PlateStatus.PENDING) + " pending; manifest " + result.manifest());
        if (!result.allSucceeded()) {
            throw new InvalidInputException((result.failed().size() + result.count(PlateStatus.PENDING)) + " of "
                    + result.rows().size() + " plates did not finish (see the Log and " + result.manifest()
                    + "); fix them and run again with resume.");
        }
    }
}
