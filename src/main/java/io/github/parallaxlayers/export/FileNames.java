package io.github.parallaxlayers.export;

import java.text.Normalizer;
import java.util.Locale;

/** Layer names made safe as parts of file names on every file system, and still readable. */
public final class FileNames {

    private FileNames() {
    }

    public static String sanitize(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        return safe.isEmpty() ? "layer" : safe;
    }
}
