package io.github.parallaxlayers.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a batch worker JVM: this Java, the jars this plugin runs from and a bounded heap. The class
 * path is rebuilt from where the plugin's own classes and libraries were loaded, not from java.class.path, so it
 * also works inside Fiji, whose launcher loads plugins through its own class loader.
 */
public final class WorkerLaunch {
    /**
     * Classes whose jars a worker needs: the plugin, ImageJ, ImageJ's headless patch (ij1-patcher, javassist,
     * classgraph), picocli, Jackson, ONNX Runtime, commonmark (dialog help).
     */
    private static final List<String> MARKERS = List.of("io.github.parallaxlayers.cli.ParallaxCli", "ij.IJ",
            "net.imagej.patcher.LegacyInjector", "javassist.ClassPool", "io.github.classgraph.ClassGraph",
            "picocli.CommandLine", "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.annotation.JsonAutoDetect",
            "ai.onnxruntime.OrtEnvironment", "org.commonmark.parser.Parser",
            "org.commonmark.ext.gfm.tables.TablesExtension");

    private WorkerLaunch() {
    }

    public static List<String> command(String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Djava.awt.headless=true");
        // ImageJ's headless dialog patch (HeadlessDialogs) redefines classes through java.lang
        command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        for (String property : List.of("parallax.models", "java.util.prefs.userRoot", "parallax.shared")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.add(ParallaxCli.class.getName());
        command.add("batch-worker");
        return command;
    }

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : MARKERS) {
            try {
                CodeSource source = Class.forName(name, false, WorkerLaunch.class.getClassLoader())
                        .getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return System.getProperty("java.class.path");
                }
                entries.add(Path.of(source.getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
                return System.getProperty("java.class.path");
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
