package io.github.parallaxlayers.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's name, version and build date as built by Maven: provenance in exported files, the About entry. */
public final class PluginInfo {
    private static final Properties PROPERTIES = load();

    private PluginInfo() {
    }

    public static String name() {
        return PROPERTIES.getProperty("name", "Parallax Layers");
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** When this build was made ("yyyy-MM-dd HH:mm UTC"), or "unknown" outside a Maven build. */
    public static String buildDate() {
        String built = PROPERTIES.getProperty("built", "");
        return built.isBlank() || built.startsWith("$") ? "unknown" : built;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = PluginInfo.class.getResourceAsStream("/parallax/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A missing version only weakens provenance; never fail an export for it.
        }
        return p;
    }
}
