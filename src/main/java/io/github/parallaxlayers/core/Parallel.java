package io.github.parallaxlayers.core;

import java.util.stream.IntStream;

/**
 * Splits a range (rows, columns) into a few contiguous blocks per core and runs them in parallel on the common
 * pool; small ranges run on the calling thread, where the split would cost more than it saves.
 */
public final class Parallel {
    private static final int MIN_BLOCK = 32;

    private Parallel() {
    }

    @FunctionalInterface
    public interface Block {
        void run(int from, int to);
    }

    public static void rows(int count, Block block) {
        int cores = Runtime.getRuntime().availableProcessors();
        int size = Math.max(MIN_BLOCK, (count + 4 * cores - 1) / (4 * cores));
        int blocks = (count + size - 1) / size;
        if (blocks <= 1 || cores == 1) {
            block.run(0, count);
            return;
        }
        IntStream.range(0, blocks).parallel().forEach(b -> block.run(b * size, Math.min(count, (b + 1) * size)));
    }
}
