package io.github.parallaxlayers.imagej;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the option tables of docs/macros.md from the commands' declarations: between
 * {@code <!-- options: Title ... -->} and {@code <!-- /options -->} the keys, their order and their defaults come
 * from {@link ParallaxCommand#declaration()} of the command in plugins.config, or from the declaration of a set of
 * options that is no command of its own ({@link #DECLARED_ELSEWHERE}); the meaning column is the hand-written text
 * already in the table, kept by key. A key without a meaning gets {@link #MISSING}.
 */
final class MacroDocs {
    static final String MISSING = "(meaning missing: write it here)";
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- options: ([^(>]+?)(?: \\([^>]*\\))? -->\\n)(.*?)(<!-- /options -->)", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_0-9]+)` \\|[^|]*\\| (.*) \\|$");
    private static final Pattern PLUGIN = Pattern.compile("^[^,#]+,\\s*\"([^\"]+)\",\\s*(\\S+)$");

    /** The tables of options declared outside a menu command: the Point Mask Tool's, the depth-map group's. */
    static final String POINT_MASK_TOOL = PointMaskTool.NAME;
    static final String DEPTH_MAP_OPTIONS = "Depth map options";

    private MacroDocs() {
    }

    /**
     * Every table's declared options by title: each menu command's (plugins.config order), then the option sets
     * that are no command of their own, declared by the very code the tool and the depth commands run.
     */
    static Map<String, List<Option<?>>> declarations() throws IOException, ReflectiveOperationException {
        Map<String, List<Option<?>>> declarations = new LinkedHashMap<>();
        commands().forEach((title, command) -> declarations.put(title, command.declaration().declared()));
        CommandOptions tool = new CommandOptions(POINT_MASK_TOOL);
        PointMaskTool.declareOptions(tool, PointMaskTool.DEFAULT_SETTINGS);
        declarations.put(POINT_MASK_TOOL, tool.declared());
        CommandOptions depth = new CommandOptions(DEPTH_MAP_OPTIONS);
        DepthImages.Options.declare(depth);
        declarations.put(DEPTH_MAP_OPTIONS, depth.declared());
        return declarations;
    }

    /** Every menu command built on {@link ParallaxCommand}, by title, in plugins.config order. */
    static Map<String, ParallaxCommand> commands() throws IOException, ReflectiveOperationException {
        Map<String, ParallaxCommand> commands = new LinkedHashMap<>();
        try (InputStream in = MacroDocs.class.getResourceAsStream("/plugins.config")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = PLUGIN.matcher(line.trim());
                if (m.matches()) {
                    Object plugin = Class.forName(m.group(2)).getConstructor().newInstance();
                    if (plugin instanceof ParallaxCommand command) {
                        commands.put(m.group(1), command);
                    }
                }
            }
        }
        return commands;
    }

    /** The titles of the generated tables in {@code docs}, in order. */
    static List<String> tables(String docs) {
        List<String> titles = new ArrayList<>();
        Matcher m = BLOCK.matcher(docs);
        while (m.find()) {
            titles.add(m.group(2).trim());
        }
        return titles;
    }

    /** {@code docs} with every generated table rebuilt from {@code declarations}; unknown titles are left alone. */
    static String regenerate(String docs, Map<String, List<Option<?>>> declarations) {
        Matcher m = BLOCK.matcher(docs);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Option<?>> declared = declarations.get(m.group(2).trim());
            String table = declared == null ? m.group(3) : table(declared, meanings(m.group(3)));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> meanings(String table) {
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                meanings.put(row.group(1), row.group(2));
            }
        }
        return meanings;
    }

    private static String table(List<Option<?>> declared, Map<String, String> meanings) {
        StringBuilder sb = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (Option<?> option : declared) {
            sb.append("| `").append(option.key()).append("` | ").append(option.documentedDefault()).append(" | ")
                    .append(meanings.getOrDefault(option.key(), MISSING)).append(" |\n");
        }
        return sb.toString();
    }
}
