package io.github.parallaxlayers.scijava;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.imagej.AutoLayersCommand;
import io.github.parallaxlayers.imagej.BuildLayerStackCommand;
import io.github.parallaxlayers.imagej.EvaluateMaskCommand;
import io.github.parallaxlayers.imagej.ExportLayerStackCommand;
import io.github.parallaxlayers.imagej.FeatherMaskCommand;
import io.github.parallaxlayers.imagej.FillMaskedAreaCommand;
import io.github.parallaxlayers.imagej.Option;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import io.github.parallaxlayers.imagej.PointMaskCommand;
import io.github.parallaxlayers.imagej.RefineMaskCommand;
import io.github.parallaxlayers.imagej.SubjectMaskCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the sources of the SciJava twins at build time (Maven's process-classes phase, before a second compile of
 * {@code target/generated-sources/twins}): for each {@link Twin}, a {@link TwinCommand} with one typed
 * {@code @Parameter} per option its ImageJ 1.x command declares, named as the macro key, with the declaration's
 * default and choice labels. The options are declared once, in the command; the twins follow them. Not a menu
 * command: run by the build only ({@code java ... TwinSources <generated-sources folder>}).
 */
public final class TwinSources {
    private static final String PACKAGE = TwinSources.class.getPackageName();

    /** The twins: one per main command that scripts, PyImageJ and napari-imagej call (docs/scripting.md). */
    public enum Twin {
        POINT_MASK("PointMaskTwin", PointMaskCommand::new, "a mask from positive and negative points, a box or both "
                + "(classic graph cut, geodesic, hybrid, SAM); the result is {@code <plate>-<layer>} or a new slice "
                + "of {@code stack}"),
        SUBJECT_MASK("SubjectMaskTwin", SubjectMaskCommand::new, "the main subject of a plate from the IS-Net "
                + "network, as a 0/255 mask or a soft alpha map"),
        REFINE_MASK("RefineMaskTwin", RefineMaskCommand::new, "fill holes, remove islands, open, close, keep parts, "
                + "grow or shrink every slice of a mask"),
        FEATHER_MASK("FeatherMaskTwin", FeatherMaskCommand::new, "a soft 8-bit alpha edge of a given width, "
                + "optionally snapped to the plate's edges"),
        FILL_MASKED_AREA("FillMaskedAreaTwin", FillMaskedAreaCommand::new, "the plate with the masked area filled "
                + "(PatchMatch, Telea, LaMa, MI-GAN)"),
        BUILD_LAYER_STACK("BuildLayerStackTwin", BuildLayerStackCommand::new, "the RGBA layer stack from a plate, a "
                + "mask stack and a filled plate"),
        EXPORT_LAYER_STACK("ExportLayerStackTwin", ExportLayerStackCommand::new, "writes a layer stack to a folder "
                + "(PNGs and layers.json, ORA, PSD, glTF, TIFF, EXR, Nuke)"),
        AUTO_LAYERS("AutoLayersTwin", AutoLayersCommand::new, "a mask stack of depth planes from a plate and its "
                + "depth map"),
        EVALUATE_MASK("EvaluateMaskTwin", EvaluateMaskCommand::new, "scores a mask against its ground truth (IoU, "
                + "boundary F-measure, ...) into the results table");

        private final String simpleName;
        private final Supplier<ParallaxCommand> command;
        private final String summary;

        Twin(String simpleName, Supplier<ParallaxCommand> command, String summary) {
            this.simpleName = simpleName;
            this.command = command;
            this.summary = summary;
        }

        /** The twin's class name, in this package. */
        public String className() {
            return PACKAGE + "." + simpleName;
        }

        /** A new instance of the command the twin runs. */
        public ParallaxCommand command() {
            return command.get();
        }
    }

    private TwinSources() {
    }

    /**
     * Writes every twin's source under {@code args[0]} (a source root), rewriting only those that changed, so that an
     * unchanged twin is not compiled again. With {@code args[1]}, the classes folder, a twin compiled before the main
     * classes were last compiled ({@code TwinCommand.class} is newer) has its source touched, so the compiler does
     * not keep a twin built against classes that have changed since.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: TwinSources <generated-sources folder> [<classes folder>]");
        }
        String packagePath = PACKAGE.replace('.', '/');
        Path folder = Path.of(args[0]).resolve(packagePath);
        Path classes = args.length > 1 ? Path.of(args[1]).resolve(packagePath) : null;
        Files.createDirectories(folder);
        Set<String> written = Stream.of(Twin.values()).map(t -> t.simpleName + ".java").collect(Collectors.toSet());
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.filter(f -> !written.contains(f.getFileName().toString())).toList()) {
                Files.delete(file); // a twin no longer in the table
            }
        }
        for (Twin twin : Twin.values()) {
            Path file = folder.resolve(twin.simpleName + ".java");
            byte[] source = source(twin).getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), source)) {
                Files.write(file, source);
            } else if (classes != null && olderThanMainClasses(classes, twin.simpleName)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
        }
    }

    private static boolean olderThanMainClasses(Path classes, String twin) throws IOException {
        Path compiled = classes.resolve(twin + ".class");
        Path base = classes.resolve(TwinCommand.class.getSimpleName() + ".class");
        return Files.exists(compiled) && Files.exists(base)
                && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(base)) < 0;
    }

    /** The Java source of a twin. */
    static String source(Twin twin) {
        ParallaxCommand command = twin.command();
        Class<? extends ParallaxCommand> type = command.getClass();
        List<Option<?>> options = command.declaration().declared();
        StringBuilder java = new StringBuilder();
        java.append("package ").append(PACKAGE).append(";\n\n");
        if (options.stream().anyMatch(Option::takesImage)) {
            java.append("import ij.ImagePlus;\n");
        }
        java.append("import ").append(type.getName()).append(";\n");
        java.append("import ").append(ParallaxCommand.class.getName()).append(";\n");
        java.append("import org.scijava.command.Command;\n");
        java.append("import org.scijava.plugin.Parameter;\n");
        java.append("import org.scijava.plugin.Plugin;\n\n");
        java.append(javadoc("", "The SciJava twin of Plugins › Parallax Layers › " + command.title() + ": "
                + twin.summary + ". Its parameters are the macro keys of docs/macros.md, typed; it runs the ImageJ "
                + "1.x command itself, so results and messages are the macro's. Generated at build time by {@link "
                + "TwinSources} from the options {@link " + type.getSimpleName() + "} declares: edit those, not "
                + "this file."));
        java.append("@Plugin(type = Command.class, label = ").append(literal(command.title()))
                .append(", headless = true)\n");
        java.append("public class ").append(twin.simpleName).append(" extends TwinCommand {\n");
        for (Option<?> option : options) {
            java.append(field(type.getSimpleName(), option)).append('\n');
        }
        java.append("    @Override\n");
        java.append("    protected ParallaxCommand command() {\n");
        java.append("        return new ").append(type.getSimpleName()).append("();\n");
        java.append("    }\n");
        java.append("}\n");
        return java.toString();
    }

    /** One {@code @Parameter} field: an image's title is an {@code ImagePlus}, the other kinds their Java type. */
    private static String field(String command, Option<?> option) {
        String key = option.key();
        Object value = option.defaultValue();
        String annotation;
        String declaration;
        if (option.takesImage()) {
            if (option.kindName().equals("text") && !"".equals(value)) {
                throw new IllegalStateException(command + "." + key + ": a text naming an image has no default");
            }
            annotation = "required = false, persist = false";
            declaration = "ImagePlus " + key;
        } else {
            switch (option.kindName()) {
                case "text" -> {
                    annotation = "required = false, persist = false";
                    declaration = "String " + key + " = " + literal((String) value);
                }
                case "integer" -> {
                    annotation = "persist = false";
                    declaration = "int " + key + " = " + value;
                }
                case "number" -> {
                    annotation = "persist = false";
                    declaration = "double " + key + " = " + Double.toString((Double) value);
                }
                case "flag" -> {
                    annotation = "persist = false";
                    declaration = "boolean " + key;
                }
                case "choice" -> {
                    annotation = "choices = {" + option.choiceLabels().stream().map(TwinSources::literal)
                            .collect(Collectors.joining(", ")) + "}, persist = false";
                    declaration = "String " + key + " = " + literal(((Labeled) value).label());
                }
                default -> throw new IllegalStateException(command + "." + key + ": kind " + option.kindName());
            }
        }
        return "    @Parameter(" + annotation + ")\n    private " + declaration + ";\n";
    }

    /** A Java string literal. */
    private static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** A javadoc comment, wrapped at 120 columns. */
    private static String javadoc(String indent, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent + " *");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 120) {
                lines.add(line.toString());
                line = new StringBuilder(indent + " *");
            }
            line.append(' ').append(word);
        }
        lines.add(line.toString());
        return indent + "/**\n" + String.join("\n", lines) + "\n" + indent + " */\n";
    }
}
