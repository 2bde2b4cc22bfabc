package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.DownloadResult;
import io.github.parallaxlayers.onnx.ModelDownloader;
import io.github.parallaxlayers.onnx.ModelInstaller;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelFile;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code models list|download ID|verify [ID]|path}: the model store from the command line. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, download and verify the ONNX models Parallax Layers can use.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Download.class, ModelsCommand.Verify.class,
                ModelsCommand.ShowPath.class})
public final class ModelsCommand implements Runnable {

    // Inherited, so "models list --folder DIR" works as well as "models --folder DIR list".
    @Option(names = "--folder", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Model folder to use instead of -Dparallax.models / PARALLAX_MODELS / the default.")
    Path folder;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(out);
    }

    ModelStore store() {
        return folder != null ? new ModelStore(folder, "--folder") : ModelStore.current();
    }

    /** A {@code models} subcommand: it reads the model folder and prints through its parent. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;
    }

    @Command(name = "list", description = "List the registered models and whether each is installed.")
    static final class ListModels extends Subcommand {
        @Override
        public Integer call() {
            ModelStore store = parent.store();
            for (ModelEntry model : ModelRegistry.builtIn().all()) {
                boolean installed = model.files().stream().allMatch(f -> Files.isRegularFile(store.pathOf(model, f)));
                parent.out.printf(Locale.ROOT, "%-24s %-22s %-10s %s%n", model.id(), model.task(),
                        installed ? "installed" : "missing", model.licence());
            }
            parent.out.println("model folder: " + store.folder() + " (chosen by " + store.origin() + ")");
            return 0;
        }
    }

    @Command(name = "path", description = "Print the model folder in use.")
    static final class ShowPath extends Subcommand {
        @Override
        public Integer call() {
            parent.out.println(parent.store().folder());
            return 0;
        }
    }

    @Command(name = "download", description = "Download a model's files into the model folder (resumable, verified).")
    static final class Download extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The model id (see: models list).")
        String id;

        @Option(names = "--max-wait", paramLabel = "SECONDS", description = "Give up on a file after this long, "
                + "retries included (default: ${DEFAULT-VALUE}).")
        long maxWait = ModelDownloader.DEFAULT_MAX_WAIT.toSeconds();

        @Override
        public Integer call() {
            List<TerminalProgress> bars = new java.util.ArrayList<>();
            try {
                ModelEntry model = ModelRegistry.builtIn().get(id);
                ModelStore store = parent.store();
                List<DownloadResult> results = ModelInstaller.install(model.id(), store,
                        ModelDownloader.standard().withMaxWait(java.time.Duration.ofSeconds(maxWait)), name -> {
                            TerminalProgress bar = new TerminalProgress(parent.err, name);
                            bars.add(bar);
                            return bar;
                        });
                parent.err.println();
                for (int i = 0; i < results.size(); i++) {
                    parent.out.println(ModelInstaller.describe(model.files().get(i), results.get(i)));
                }
                parent.out.println(model.id() + " is in " + store.folderOf(model));
                return 0;
            } catch (InvalidInputException e) {
                if (bars.stream().anyMatch(TerminalProgress::drawn)) {
                    parent.err.println(); // end the progress bar's line: the error gets a line of its own
                }
                parent.err.println("models download: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "verify", description = "Check size and sha256 of installed model files.")
    static final class Verify extends Subcommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "One model; all when omitted.")
        String id;

        @Override
        public Integer call() {
            try {
                ModelStore store = parent.store();
                List<ModelEntry> models = id == null ? ModelRegistry.builtIn().all()
                        : List.of(ModelRegistry.builtIn().get(id));
                int bad = 0;
                for (ModelEntry model : models) {
                    for (ModelFile file : model.files()) {
                        String verdict = verdict(store.pathOf(model, file), file);
                        bad += verdict.startsWith("BAD") ? 1 : 0;
                        parent.out.println(model.id() + "/" + file.name() + ": " + verdict);
                    }
                }
                return bad == 0 ? 0 : 1;
            } catch (InvalidInputException e) {
                parent.err.println("models verify: " + e.getMessage());
                return 1;
            }
        }

        static String verdict(Path path, ModelFile file) {
            if (!Files.isRegularFile(path)) {
                return "missing";
            }
            long size;
            try {
                size = Files.size(path);
            } catch (java.io.IOException e) {
                return "BAD unreadable: " + e.getMessage();
            }
            if (file.bytes() > 0 && size != file.bytes()) {
                return "BAD size " + size + ", expected " + file.bytes();
            }
            String actual = Sha256.ofFile(path);
            if (!file.hasChecksum()) {
                return "present, no published checksum; sha256 " + actual;
            }
            return file.sha256().equals(actual) ? "ok (sha256 verified)"
                    : "BAD sha256 " + actual + ", expected " + file.sha256();
        }
    }

    /** A one-line progress bar on the terminal, redrawn in place. */
    static final class TerminalProgress implements ProgressListener {
        private final PrintStream stream;
        private final String name;
        private int lastPercent = -1;

        TerminalProgress(PrintStream stream, String name) {
            this.stream = stream;
            this.name = name;
        }

        /** True once the bar is on the terminal (its line is then not ended). */
        boolean drawn() {
            return lastPercent >= 0;
        }

        @Override
        public void progress(double fraction, String message) {
            int percent = (int) Math.round(fraction * 100);
            if (message != null && !message.startsWith("Downloading ")) {
                // A notice (a retry and why): on a line of its own, then the bar again below it.
                stream.println((drawn() ? "\n" : "") + name + ": " + message);
                lastPercent = -1;
            } else if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            int filled = percent / 5;
            stream.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(20 - filled) + "] " + percent + "%");
            stream.flush();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
