package io.github.parallaxlayers.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The folders of the evaluation verbs ({@code evaluate}, {@code evaluate-views}), mixed into each: the data set
 * they read and the results folder they write, replaced only with {@code --overwrite}.
 */
final class EvaluationFolders {
    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The data set folder.")
    Path dataset;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Folder for the results.")
    Path outDir;

    @Option(names = "--overwrite", description = "Replace results already in OUTDIR.")
    boolean overwrite;
}
