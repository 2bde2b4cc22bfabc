package io.github.parallaxlayers.batch;

import java.nio.file.Path;

/** One plate of a batch: its file and the name of its output folder (the file name without extension). */
public record BatchPlate(Path file, String name) {
}
