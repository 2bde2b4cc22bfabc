package io.github.parallaxlayers.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and kept: for a segmenter whose network is opened only when a plate is, so a missing
 * model is reported then (with its download command) rather than when the menu lists the backends. Thread-safe;
 * a supplier that throws is tried again next time.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private T value;

    private Lazy(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    public static <T> Lazy<T> of(Supplier<T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = maker.get();
        }
        return value;
    }

    /** The value if it has been made, else null: asking must not make it (a report must not open a network). */
    public synchronized T ifMade() {
        return value;
    }
}
