package io.github.parallaxlayers.headless;

import ij.Menus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes {@code run("Command", ...)} work in headless ImageJ 1.x, which cannot build its menus and so knows no
 * commands: fills ImageJ's command table from the built-in commands of {@code IJ_Props.txt}, the commands
 * that {@code ij.Menus} hard-codes (extracted by scripts/extract-imagej-commands.sh), and this plugin's
 * {@code plugins.config}. "Duplicate..." is replaced by {@link HeadlessDuplicate}, because ImageJ's own builds a
 * dialog even in macros. With a display ImageJ builds the table itself and this is not used.
 */
public final class HeadlessImageJ {
    private static final Pattern PROPS_COMMAND = Pattern.compile("^[a-z_]+\\d+=\"([^\"]+)\",(\\S.*)$");
    private static final Pattern PLUGINS_CONFIG = Pattern.compile("^[^,#]+,\\s*\"([^\"]+)\",\\s*(\\S.*)$");

    private HeadlessImageJ() {
    }

    /** Registers every command; safe to call more than once. Returns the command table. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static synchronized Map<String, String> registerCommands() {
        Hashtable table = Menus.getCommands();
        if (table == null) {
            table = new Hashtable<>();
            setCommandTable(table);
        }
        if (!table.containsKey("Duplicate...")) {
            read(Menus.class, "/IJ_Props.txt", PROPS_COMMAND, table);
            read(HeadlessImageJ.class, "/parallax/imagej-menu-commands.txt", Pattern.compile("^([^\t#]+)\t(.+)$"),
                    table);
        }
        read(HeadlessImageJ.class, "/plugins.config", PLUGINS_CONFIG, table);
        table.put("Duplicate...", HeadlessDuplicate.class.getName());
        return table;
    }

    private static void setCommandTable(Hashtable<?, ?> table) {
        try {
            Field field = Menus.class.getDeclaredField("pluginsTable");
            field.setAccessible(true);
            field.set(null, table);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This ImageJ version keeps its command table elsewhere; the headless "
                    + "runner needs ImageJ 1.54 or a compatible version.", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void read(Class<?> owner, String resource, Pattern pattern, Hashtable table) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = pattern.matcher(line.trim());
                if (m.matches()) {
                    // "Select None[A]": a trailing [key] is the menu shortcut, not part of the command name.
                    String label = m.group(1).replaceFirst("\\[[^\\]]+\\]$", "");
                    table.putIfAbsent(label, m.group(2).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
