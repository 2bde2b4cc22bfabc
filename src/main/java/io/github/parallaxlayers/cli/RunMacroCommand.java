package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.batch.MacroArguments;
import io.github.parallaxlayers.headless.MacroRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code run-macro FILE.ijm [--arg key=value ...]}: runs an ImageJ macro headless with the plugin's commands. */
@Command(name = "run-macro", mixinStandardHelpOptions = true,
        description = "Run an ImageJ 1.x macro headless, with the Parallax Layers commands registered.")
final class RunMacroCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.ijm", description = "The macro to run.")
    Path macro;

    @Option(names = "--arg", paramLabel = "KEY=VALUE",
            description = "A macro argument; repeat it. The macro reads them with getArgument(), in ImageJ's "
                    + "options form (key=value, or key=[value with spaces]).")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        MacroRunner.Outcome outcome = MacroRunner.runFile(macro, toOptions(arguments));
        if (!outcome.succeeded()) {
            if (!outcome.printed()) {
                System.err.println("run-macro: " + outcome.error());
            }
            return 1;
        }
        return 0;
    }

    static String toOptions(List<String> arguments) {
        return MacroArguments.format(arguments);
    }
}
