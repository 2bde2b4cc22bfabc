package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.core.PluginInfo;
import io.github.parallaxlayers.segment.SegmenterBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar parallax-layers.jar <command>}: the command line of Parallax Layers. */
@Command(name = "parallax-layers", mixinStandardHelpOptions = true,
        versionProvider = ParallaxCli.Version.class,
        description = "Cut a photograph into 2.5D depth layers, headless.",
        subcommands = {RunMacroCommand.class, BatchCommand.class, BatchWorkerCommand.class})
public final class ParallaxCli implements Runnable {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        // Before any ImageJ class loads: ImageJ's own commands in run-macro must read their options.
        io.github.parallaxlayers.headless.HeadlessDialogs.install();
        System.exit(commandLine().execute(args));
    }

    /** The full command line with every subcommand wired to the real backends. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ParallaxCli());
        line.addSubcommand("models", new ModelsCommand());
        line.addSubcommand("evaluate", new EvaluateCommand(SegmenterBackend::resolve,
                java.util.Arrays.asList(Labeled.labelArray(SegmenterBackend.class))));
        line.addSubcommand("evaluate-views", new EvaluateViewsCommand());
        return line;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {PluginInfo.name() + " " + PluginInfo.version()};
        }
    }
}
