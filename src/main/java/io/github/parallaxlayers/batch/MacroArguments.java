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

    /** Splits options typed in ImageJ's form ({@code a=1 b=[x y] flag}) into arguments for {@link #format}. */
    public static List<String> split(String options) {
        List<String> arguments = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bracket = false;
        for (char c : (options == null ? "" : options).toCharArray()) {
            if (c == '[' && !bracket && current.length() > 0 && current.charAt(current.length() - 1) == '=') {
                bracket = true;
            } else if (c == ']' && bracket) {
                bracket = false;
            } else if (Character.isWhitespace(c) && !bracket) {
                if (current.length() > 0) {
                    arguments.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** The key of an argument ({@code plate} of {@code plate=x.tif}). */
    static String key(String argument) {
        int eq = argument.indexOf('=');
        return (eq < 0 ? argument : argument.substring(0, eq)).trim();
    }
}
