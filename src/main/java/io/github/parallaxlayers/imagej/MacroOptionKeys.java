package io.github.parallaxlayers.imagej;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The keys of an ImageJ macro options string: {@code key=value}, {@code key=[a value]}, and bare flags. */
final class MacroOptionKeys {

    private MacroOptionKeys() {
    }

    static Set<String> of(String options) {
        Set<String> keys = new LinkedHashSet<>();
        int i = 0;
        int n = options.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && options.charAt(i) != '=' && !Character.isWhitespace(options.charAt(i))) {
                i++;
            }
            if (i > start) {
                keys.add(options.substring(start, i).toLowerCase(Locale.ROOT));
            }
            if (i < n && options.charAt(i) == '=') {
                i++;
                if (i < n && options.charAt(i) == '[') {
                    int depth = 0;
                    for (; i < n; i++) {
                        char c = options.charAt(i);
                        if (c == '[') {
                            depth++;
                        } else if (c == ']' && --depth == 0) {
                            i++;
                            break;
                        }
                    }
                } else if (i < n && options.charAt(i) == '\'') {
                    int end = options.indexOf('\'', i + 1);
                    i = end < 0 ? n : end + 1;
                } else {
                    while (i < n && !Character.isWhitespace(options.charAt(i))) {
                        i++;
                    }
                }
            }
        }
        return keys;
    }
}
