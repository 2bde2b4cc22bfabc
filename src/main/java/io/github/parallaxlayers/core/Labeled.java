package io.github.parallaxlayers.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An option choice with a stable label: the same word appears in dialogs, recorded macros, the CLI and the
 * docs. Labels are lower-case and never change once released.
 * <p>
 * An enum's label is, by default, its constant name in lower case with hyphens for underscores
 * ({@code FIRST_ORDER} is {@code first-order}), so most choices need no label field; a constant whose label is
 * not its name ({@code "8"}) overrides {@link #label()}. {@code LabeledTest} pins every released label.
 */
public interface Labeled {

    /** The stable option word; see the class comment for the default. */
    default String label() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose label is {@code text} (case-insensitive), or a message listing the valid labels. */
    static <E extends Enum<E> & Labeled> E parse(Class<E> type, String key, String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidInputException("Unknown value '" + text + "' for " + key + "=; valid values are: "
                + labels(type) + ".");
    }

    static <E extends Enum<E> & Labeled> String labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labeled::label).collect(Collectors.joining(", "));
    }

    static <E extends Enum<E> & Labeled> String[] labelArray(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labeled::label).toArray(String[]::new);
    }
}
