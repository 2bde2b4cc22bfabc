package io.github.parallaxlayers.headless;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * Standard output during a headless macro run: passes everything through except the stack traces ImageJ logs
 * when one of its commands throws (headless, {@code IJ.log} prints each trace as one string), which go to a
 * handler instead.
 */
public final class StackTraceCatcher extends PrintStream {
    private final Consumer<String> onTrace;

    StackTraceCatcher(PrintStream target, Consumer<String> onTrace) {
        super(target, true);
        this.onTrace = onTrace;
    }

    private static final java.util.regex.Pattern TRACE =
            java.util.regex.Pattern.compile("^[\\w$.]+(Exception|Error)(: [^\\n]*)?\\R\\s+at ");

    /** A throwable's first line (its class, optionally ": message") followed by an "at" frame. */
    public static boolean isStackTrace(String text) {
        return TRACE.matcher(text).lookingAt();
    }

    @Override
    public void println(String text) {
        if (text != null && isStackTrace(text)) {
            onTrace.accept(text);
        } else {
            super.println(text);
        }
    }

    @Override
    public void println(Object value) {
        println(String.valueOf(value));
    }
}
