package io.github.parallaxlayers.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void makesTheValueOnFirstUseOnly() {
        AtomicInteger made = new AtomicInteger();
        Lazy<StringBuilder> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new StringBuilder("network");
        });
        assertEquals(0, made.get());
        StringBuilder first = lazy.get();
        assertSame(first, lazy.get());
        assertEquals(1, made.get());
    }

    @Test
    void aFailedMakeIsTriedAgainNextTime() {
        AtomicInteger tries = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new InvalidInputException("model missing");
            }
            return "opened";
        });
        assertThrows(InvalidInputException.class, lazy::get);
        assertEquals("opened", lazy.get());
        assertEquals(2, tries.get());
    }
}
