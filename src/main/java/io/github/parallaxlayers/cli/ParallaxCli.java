package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.PluginInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar parallax-layers.jar <command>}: the command line of Parallax Layers. */
@Command(name = "parallax-layers", mixinStandardHelpOptions = true,
        versionProvider = ParallaxCli.Version.class,
        description = "Cut a photograph into 2.5D depth layers, headless.",
        subcommands = {RunMacroCommand.class})
public final class ParallaxCli implements Runnable {

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
        int code = new CommandLine(new ParallaxCli()).execute(args);
        System.exit(code);
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
