package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreviewMemoryTest {
    @Test
    void thePreviewsFramesAreCountedAndTheCauseNamed() {
        assertEquals(61L * 1920 * 1080 * 4, PreviewMemory.needed(60, 1920, 1080));
        PreviewMemory.check(60, 1920, 1080, 600L << 20); // 482 MB fit in 600 MB
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PreviewMemory.check(1000, 1920, 1080, 600L << 20));
        assertEquals("The preview needs about 7918 MB (1000 frames of 1920x1080 px, 7.9 MB each) but only 600 MB of "
                + "memory is free: give fewer frames= (about 74 fit), a smaller width=, or more memory to ImageJ "
                + "(Edit > Options > Memory & Threads, or java -Xmx).", e.getMessage());
    }
}
