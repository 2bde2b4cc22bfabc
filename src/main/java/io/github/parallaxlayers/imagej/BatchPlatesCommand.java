package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.plugin.PlugIn;
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
public class BatchPlatesCommand implements PlugIn {
    static final String TITLE = "Batch Plates";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> macro = options.text("macro", "");
        Option<String> input = options.text("input", "");
        Option<String> out = options.text("out", "");
        Option<String> args = options.text("args", "");
        Option<Integer> workers = options.integer("workers", 1, 1, 64);
        Option<String> heap = options.text("heap", "2g");
        Option<Boolean> resume = options.flag("resume");
        Option<Boolean> failFast = options.flag("fail_fast");
        if (!options.read()) {
            return;
        }
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
        ImageJProgress progress = new ImageJProgress(TITLE);
        progress.progress(0, "starting " + workers.get() + " worker(s)");
        BatchResult result = BatchRun.run(settings, new BatchListener() {
            @Override
            public void message(String line) {
                IJ.log(TITLE + ": " + line);
            }

            @Override
            public void plateFinished(PlateRecord row, BatchProgress p) {
                IJ.log(TITLE + ": " + (row.status() == PlateStatus.OK ? "ok " + row.name()
                        : "FAILED " + row.name() + ": " + row.error()));
                progress.progress(p.fraction(), p.line());
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        });
        IJ.showProgress(1.0);
        IJ.log(TITLE + ": " + result.count(PlateStatus.OK) + " ok, " + result.count(PlateStatus.FAILED) + " failed, "
                + result.count(PlateStatus.PENDING) + " pending; manifest " + result.manifest());
        if (!result.allSucceeded()) {
            throw new InvalidInputException((result.failed().size() + result.count(PlateStatus.PENDING)) + " of "
                    + result.rows().size() + " plates did not finish (see the Log and " + result.manifest()
                    + "); fix them and run again with resume.");
        }
    }
}
