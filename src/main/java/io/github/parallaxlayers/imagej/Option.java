package io.github.parallaxlayers.imagej;

import java.util.function.Function;

/**
 * One declared option of a command: its macro key, default and how a text value becomes a typed value. Its
 * value is set when the owning {@link CommandOptions} is read.
 */
public final class Option<T> {
    enum Kind { TEXT, INTEGER, NUMBER, FLAG, CHOICE, IMAGE, REQUIRED_IMAGE }

    final String key;
    final Kind kind;
    final T defaultValue;
    final String[] choices;
    final Function<String, T> parser;
    private T value;
    private boolean omittedAtDefault;
    private boolean namesAnImage;

    Option(String key, Kind kind, T defaultValue, String[] choices, Function<String, T> parser) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.choices = choices;
        this.parser = parser;
        this.value = defaultValue;
    }

    public String key() {
        return key;
    }

    /** What kind of value this is (the SciJava twins check their typed parameters against it). */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The default before reading; a choice's default is its enum constant. */
    public T defaultValue() {
        return defaultValue;
    }

    /** A choice's labels in dialog order; empty for other kinds. */
    public java.util.List<String> choiceLabels() {
        return choices == null ? java.util.List.of() : java.util.List.of(choices);
    }

    /** The default as docs/macros.md shows it: {@code `value`}, "off" for a flag, "current image" or "—". */
    public String documentedDefault() {
        return switch (kind) {
            case FLAG -> "off";
            case IMAGE -> String.valueOf(defaultValue).isEmpty() ? "current image" : "`" + defaultValue + "`";
            case REQUIRED_IMAGE -> "—";
            case TEXT -> String.valueOf(defaultValue).isEmpty() ? "—" : "`" + defaultValue + "`";
            case CHOICE -> "`" + ((io.github.parallaxlayers.core.Labeled) defaultValue).label() + "`";
            case INTEGER -> "`" + defaultValue + "`";
            case NUMBER -> "`" + CommandOptions.format((Double) defaultValue) + "`";
        };
    }

    /**
     * Leaves this option out of the recorded line (provenance) while it has its default: for an option added to a
     * command after recordings of it exist, so those lines, and the histories that hold them, stay as they were.
     */
    public Option<T> omittedAtDefault() {
        omittedAtDefault = true;
        return this;
    }

    /**
     * Marks a text option whose value is the title of an open image, though it has no image default (Build Layer
     * Stack's {@code filled}): macros and docs still treat it as text, the SciJava twin types it {@code ImagePlus}.
     */
    public Option<T> namesAnImage() {
        namesAnImage = true;
        return this;
    }

    /** Whether the value is an image's title: an image option, or a text marked {@link #namesAnImage()}. */
    public boolean takesImage() {
        return namesAnImage || kind == Kind.IMAGE || kind == Kind.REQUIRED_IMAGE;
    }

    boolean omittedNow() {
        return omittedAtDefault && java.util.Objects.equals(value, defaultValue);
    }

    public T get() {
        return value;
    }

    void set(T value) {
        this.value = value;
    }

    /** The dialog label: the key with a capital first letter, so GenericDialog records it under the same key. */
    String label() {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
