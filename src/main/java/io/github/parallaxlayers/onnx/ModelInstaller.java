package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Downloads every file of one registered model into the model store (the CLI and the Fiji command share it). */
public final class ModelInstaller {

    private ModelInstaller() {
    }

    /**
     * @param progressFor the progress listener for each file, by file name
     */
    public static List<DownloadResult> install(String modelId, ModelStore store, ModelDownloader downloader,
                                               Function<String, ProgressListener> progressFor) {
        ModelEntry model = ModelRegistry.builtIn().get(modelId);
        List<DownloadResult> results = new ArrayList<>();
        for (ModelFile file : model.files()) {
            results.add(downloader.download(model.id(), file, store.pathOf(model, file), progressFor.apply(file.name())));
        }
        return results;
    }

    /** One line per file for a log or a terminal. */
    public static String describe(ModelFile file, DownloadResult result) {
        return file.name() + ": " + (result.alreadyPresent() ? "already installed" : "downloaded") + ", "
                + result.bytes() + " bytes, sha256 " + result.sha256()
                + (result.verified() ? " (verified)" : " (no published checksum to compare; record it)")
                + (result.resumes() > 0 ? ", resumed " + result.resumes() + "x" : "");
    }
}
