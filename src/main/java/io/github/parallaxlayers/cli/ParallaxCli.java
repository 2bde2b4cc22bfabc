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
        line.setParameterExceptionHandler(ParallaxCli::usageError);
        line.setExecutionExceptionHandler(ParallaxCli::failure);
        return line;
    }

    /** Exit code of a command line picocli could not parse (as picocli's own handler). */
    static final int USAGE_ERROR = 2;

    /**
     * A command line that cannot be parsed gets one line naming the verb, what is wrong and where the help is,
     * instead of picocli's error followed by the whole usage text, in which the error scrolls away.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String verb = verbPath(command);
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            suggestion = " Did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        command.getErr().println(verb + ": " + oneLine(e.getMessage()).replaceAll("[.:]$", "") + "." + suggestion + " See: " + verb
                + " --help");
        command.getErr().flush();
        return USAGE_ERROR;
    }

    /** A verb that failed in a way it did not report itself: one line, no stack trace, exit code 1. */
    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String what = e instanceof io.github.parallaxlayers.core.InvalidInputException
                || e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException
                || e instanceof IllegalArgumentException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage() + " (an unexpected failure; please report it)";
        command.getErr().println(shortVerbPath(command) + ": " + oneLine(String.valueOf(what)));
        command.getErr().flush();
        if (Boolean.getBoolean("parallax.trace")) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** "parallax-layers models download": the verb as the user typed it, for the help hint. */
    private static String verbPath(CommandLine command) {
        StringBuilder path = new StringBuilder(command.getCommandName());
        for (CommandLine parent = command.getParent(); parent != null; parent = parent.getParent()) {
            path.insert(0, parent.getCommandName() + " ");
        }
        return path.toString();
    }

    /** "models download": the verb without the program name, as the verbs' own messages start. */
    private static String shortVerbPath(CommandLine command) {
        String path = verbPath(command);
        int space = path.indexOf(' ');
        return space < 0 ? path : path.substring(space + 1);
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
