package io.github.parallaxlayers.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * One batch: run {@code macro} on every plate of {@code input} (shard {@code shard} of it) into folders under
 * {@code out}, at most {@code workers} plates at a time, each worker started with {@code workerCommand} (a JVM
 * running the batch-worker protocol with a bounded heap of {@code heap}).
 */
public record BatchSettings(Path macro, String input, Path out, List<String> arguments, int workers, Shard shard,
                            boolean resume, boolean failFast, List<String> workerCommand, String heap) {
    public BatchSettings {
        arguments = List.copyOf(arguments);
        workerCommand = List.copyOf(workerCommand);
    }
}
