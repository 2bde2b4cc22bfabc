package io.github.parallaxlayers.imagej;

import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * The one options helper of every command. A command declares its options (key, type, default) in one place,
 * then calls {@link #read()}: with macro options present (a macro, a batch job, a replayed recording) the values
 * come from them, parsed here so it also works in headless ImageJ; with a display and no options a
 * {@link GenericDialog} asks for them, and because its labels start with the keys it records itself in the
 * Macro Recorder under the same keys. Unknown keys and malformed values are reported, naming the valid ones.
 */
public final class CommandOptions {
    private final String title;
    private final List<Option<?>> options = new ArrayList<>();
    private Preview preview;

    /** A dialog's live preview: shown while its checkbox is on and the values parse, hidden when the dialog closes. */
    public interface Preview {
        void show();

        void hide();
    }

    public CommandOptions(String title) {
        this.title = title;
    }

    public Option<String> text(String key, String defaultValue) {
        return add(new Option<>(key, Option.Kind.TEXT, defaultValue, null, s -> s));
    }

    /** The title of an open image; the dialog offers the open images. An empty default means "the current image". */
    public Option<String> image(String key, String defaultValue) {
        return add(new Option<>(key, Option.Kind.IMAGE, defaultValue, null, s -> s));
    }

    /** The title of an open image that must be given: the current image is no default (a mask beside a plate). */
    public Option<String> requiredImage(String key) {
        return add(new Option<>(key, Option.Kind.REQUIRED_IMAGE, "", null, s -> s));
    }

    public Option<Integer> integer(String key, int defaultValue, int min, int max) {
        return add(new Option<>(key, Option.Kind.INTEGER, defaultValue, null, s -> {
            double parsed = parseNumber(key, s);
            if (parsed < min || parsed > max || Math.rint(parsed) != parsed) {
                throw new InvalidInputException(title + ": " + key + "=" + s + " is not valid; give a whole "
                        + "number from " + min + " to " + max + ".");
            }
            return (int) parsed;
        }));
    }

    public Option<Double> number(String key, double defaultValue, double min, double max) {
        return add(new Option<>(key, Option.Kind.NUMBER, defaultValue, null, s -> {
            double v = parseNumber(key, s);
            // written so that NaN (which compares false with everything) is refused, not passed on
            if (!(v >= min && v <= max)) {
                throw new InvalidInputException(title + ": " + key + "=" + s + " is out of range; give a number "
                        + "from " + format(min) + " to " + format(max) + ".");
            }
            return v;
        }));
    }

    public Option<Boolean> flag(String key) {
        return add(new Option<>(key, Option.Kind.FLAG, false, null, s -> true));
    }

    public <E extends Enum<E> & Labeled> Option<E> choice(String key, Class<E> type, E defaultValue) {
        return add(new Option<>(key, Option.Kind.CHOICE, defaultValue, Labeled.labelArray(type),
                s -> Labeled.parse(type, key, s)));
    }

    /**
     * The options as read, in ImageJ's options form ({@code key=value}, {@code key=[with spaces]}, bare flags),
     * leaving out empty texts and unset flags: a step of a layer's provenance, and a line that replays it.
     */
    public String recorded() {
        StringBuilder sb = new StringBuilder();
        for (Option<?> o : options) {
            Object value = o.get();
            String text;
            if (o.omittedNow()) {
                continue;
            }
            if (o.kind == Option.Kind.FLAG) {
                if (!Boolean.TRUE.equals(value)) {
                    continue;
                }
                text = null;
            } else if (value instanceof Labeled labeled) {
                text = labeled.label();
            } else if (value instanceof Double d) {
                text = format(d);
            } else {
                text = String.valueOf(value);
                if (text.isEmpty() && o.kind == Option.Kind.IMAGE && WindowManager.getCurrentImage() != null) {
                    text = WindowManager.getCurrentImage().getTitle(); // "the current image", named
                }
                if (text.isEmpty()) {
                    continue;
                }
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(o.key);
            if (text != null) {
                boolean plain = text.matches("[A-Za-z0-9._+-]+");
                sb.append('=').append(plain ? text : "[" + text + "]");
            }
        }
        return title + ": " + sb;
    }

    /**
     * Moves {@code option} to just after {@code anchor} in dialog and recording order: for a command whose own
     * option has its place inside an option group (Fill Masked Area's {@code dilate} after the fill backend).
     */
    public void placeAfter(Option<?> anchor, Option<?> option) {
        options.remove(option);
        options.add(options.indexOf(anchor) + 1, option);
    }

    /** The declared options in dialog and recording order (for the generated tables of docs/macros.md). */
    public List<Option<?>> declared() {
        return List.copyOf(options);
    }

    /** Adds a Preview checkbox to the dialog (never recorded; macros do not see it). */
    public void preview(Preview p) {
        this.preview = p;
    }

    private <T> Option<T> add(Option<T> option) {
        options.add(option);
        return option;
    }

    /**
     * Fills every option's value. Returns false only when the user cancelled the dialog; bad values throw
     * {@link InvalidInputException}.
     */
    public boolean read() {
        String macroOptions = Macro.getOptions();
        if (macroOptions != null) {
            readMacro(macroOptions);
            return true;
        }
        if (GraphicsEnvironment.isHeadless()) {
            return true; // no options and no display: the defaults, as documented in docs/macros.md
        }
        return readDialog();
    }

    /** Parses an options string as a macro would pass it; public for the tests and the CLI. */
    public void readMacro(String macroOptions) {
        Set<String> given = MacroOptionKeys.of(macroOptions);
        Set<String> known = new LinkedHashSet<>();
        options.forEach(o -> known.add(o.key));
        for (String key : given) {
            if (!known.contains(key)) {
                throw new InvalidInputException(title + ": unknown option '" + key + "'. Valid options are: "
                        + String.join(", ", known) + " (see docs/macros.md).");
            }
        }
        for (Option<?> option : options) {
            readOne(option, macroOptions, given);
        }
    }

    private <T> void readOne(Option<T> option, String macroOptions, Set<String> given) {
        if (option.kind == Option.Kind.FLAG) {
            String explicit = given.contains(option.key) ? Macro.getValue(macroOptions, option.key, null) : null;
            boolean on = given.contains(option.key)
                    && (explicit == null || !explicit.trim().equalsIgnoreCase("false"));
            @SuppressWarnings("unchecked")
            T value = (T) Boolean.valueOf(on);
            option.set(value);
            return;
        }
        String text = Macro.getValue(macroOptions, option.key, null);
        option.set(text == null ? option.defaultValue : option.parser.apply(text.trim()));
    }

    /**
     * Values the next dialog of the command {@code title} starts with instead of its defaults (text and image
     * options), used once: the Layer Manager opens Refine Mask with its mask stack and selected layers filled in.
     */
    static void suggest(String title, Map<String, String> values) {
        SUGGESTED.put(title, Map.copyOf(values));
    }

    /** Drops a suggestion no dialog took (the command failed before asking), so the menu's dialog is not given it. */
    static void forgetSuggestion(String title) {
        SUGGESTED.remove(title);
    }

    private static final Map<String, Map<String, String>> SUGGESTED = new ConcurrentHashMap<>();

    private boolean readDialog() {
        GenericDialog gd = new GenericDialog(title);
        String[] titles = WindowManager.getImageTitles();
        Map<String, String> suggested = SUGGESTED.getOrDefault(title, Map.of());
        SUGGESTED.remove(title);
        for (Option<?> o : options) {
            Object start = suggested.containsKey(o.key) ? suggested.get(o.key) : o.defaultValue;
            switch (o.kind) {
                case TEXT -> gd.addStringField(o.label(), String.valueOf(start), 24);
                case INTEGER -> gd.addNumericField(o.label(), (Integer) o.defaultValue, 0);
                case NUMBER -> gd.addNumericField(o.label(), (Double) o.defaultValue, 2);
                case FLAG -> gd.addCheckbox(o.label(), (Boolean) o.defaultValue);
                case CHOICE -> gd.addChoice(o.label(), o.choices, ((Labeled) o.defaultValue).label());
                case IMAGE, REQUIRED_IMAGE -> {
                    if (titles.length == 0) {
                        gd.addStringField(o.label(), String.valueOf(start), 24);
                    } else {
                        String current = WindowManager.getCurrentImage() == null ? titles[0]
                                : WindowManager.getCurrentImage().getTitle();
                        String def = String.valueOf(start).isEmpty() ? current : (String) start;
                        gd.addChoice(o.label(), titles, contains(titles, def) ? def : current);
                    }
                }
            }
        }
        String help = HelpPages.html(title);
        if (help != null) {
            gd.addHelp(help);
        }
        if (preview != null) {
            addPreview(gd, titles.length == 0);
        }
        try {
            gd.showDialog();
        } finally {
            if (preview != null) {
                preview.hide();
            }
        }
        if (gd.wasCanceled()) {
            return false;
        }
        for (Option<?> o : options) {
            readDialogValue(o, gd, titles.length == 0);
        }
        return true;
    }

    private void addPreview(GenericDialog gd, boolean noImages) {
        gd.addPreviewCheckbox(null);
        gd.addDialogListener((dialog, event) -> {
            // Read every value, also on OK (event null): that is when ImageJ records the options.
            try {
                for (Option<?> o : options) {
                    readDialogValue(o, dialog, noImages);
                }
            } catch (InvalidInputException e) {
                ij.IJ.showStatus(e.getMessage());
                preview.hide();
                return true;
            }
            if (event != null) {
                try {
                    if (dialog.isPreviewActive()) {
                        preview.show();
                    } else {
                        preview.hide();
                    }
                } catch (InvalidInputException e) {
                    ij.IJ.showStatus(e.getMessage());
                    preview.hide();
                }
            }
            return true;
        });
    }

    private <T> void readDialogValue(Option<T> o, GenericDialog gd, boolean noImages) {
        String text = switch (o.kind) {
            case TEXT -> gd.getNextString();
            case INTEGER, NUMBER -> format(gd.getNextNumber());
            case FLAG -> gd.getNextBoolean() ? "true" : null;
            case CHOICE -> gd.getNextChoice();
            case IMAGE, REQUIRED_IMAGE -> noImages ? gd.getNextString() : gd.getNextChoice();
        };
        if (o.kind == Option.Kind.FLAG) {
            @SuppressWarnings("unchecked")
            T value = (T) Boolean.valueOf(text != null);
            o.set(value);
        } else {
            o.set(o.parser.apply(text));
        }
    }

    private double parseNumber(String key, String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(title + ": " + key + "=" + s + " is not a number.");
        }
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** A number as options and docs write it: whole numbers without ".0". */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
