package io.github.parallaxlayers.batch;

import java.util.List;

/** Command-line {@code key=value} arguments in ImageJ's options form, as a macro reads them with getArgument(). */
public final class MacroArguments {
    private MacroArguments() {
    }

    /** {@code ["out=a b", "overwrite", "n=3"]} becomes {@code out=[a b] overwrite n=3}. */
    public static String format(List<String> arguments) {
        StringBuilder sb = new StringBuilder();
        for (String a : arguments) {
            int eq = a.indexOf('=');
            String key = eq < 0 ? a : a.substring(0, eq);
            String value = eq < 0 ? null : a.substring(eq + 1);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(key);
            if (value != null) {
                sb.append('=').append(value.contains(" ") || value.isEmpty() ? "[" + value + "]" : value);
            }
        }
        return sb.toString();
    }

    /** The key of an argument ({@code plate} of {@code plate=x.tif}). */
    static String key(String argument) {
        int eq = argument.indexOf('=');
        return (eq < 0 ? argument : argument.substring(0, eq)).trim();
    }
}
