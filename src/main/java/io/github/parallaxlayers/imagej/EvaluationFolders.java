package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;

import java.nio.file.Path;

/**
 * The folders of the evaluation commands (Evaluate Clicks, Evaluate Views), as the CLI's {@code EvaluationFolders}
 * mixin gives them to {@code evaluate} and {@code evaluate-views}: {@code dataset=} (required) first, and last
 * {@code out=} (optional: no files without it) with {@code overwrite}. A command places its own options after
 * {@link #dataset()}.
 */
record EvaluationFolders(Option<String> dataset, Option<String> out, Option<Boolean> overwrite) {

    /** Declares dataset, out and overwrite, in that order. */
    static EvaluationFolders declare(CommandOptions options) {
        return new EvaluationFolders(options.text("dataset", ""), options.text("out", ""),
                options.flag("overwrite"));
    }

    /** The data set folder; refused in one line when not given. */
    Path datasetFolder() {
        if (dataset.get().isBlank()) {
            throw new InvalidInputException("Give the data set folder with dataset=[path].");
        }
        return Path.of(dataset.get().trim());
    }

    /** The output folder, or null when no files are asked for. */
    Path outFolder() {
        return out.get().isBlank() ? null : Path.of(out.get().trim());
    }

    boolean overwriting() {
        return overwrite.get();
    }
}
