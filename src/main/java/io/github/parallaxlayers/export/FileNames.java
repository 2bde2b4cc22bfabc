package io.github.parallaxlayers.export;

import java.text.Normalizer;
import java.util.Locale;

/** Layer names made safe as parts of file names on every file system, and still readable. */
public final class FileNames {
    /** Names Windows reserves for devices, with or without an extension. */
    private static final java.util.regex.Pattern WINDOWS_DEVICES =
            java.util.regex.Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private FileNames() {
    }

    public static String sanitize(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        if (safe.isEmpty()) {
            return "layer";
        }
        String base = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        return WINDOWS_DEVICES.matcher(base).matches() ? "layer-" + safe : safe;
    }
}
