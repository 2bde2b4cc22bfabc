package io.github.parallaxlayers.imagej;

import ij.IJ;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.DownloadResult;
import io.github.parallaxlayers.onnx.ModelDownloader;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelInstaller;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelStore;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Plugins › Parallax Layers › Download Models: fetches a registered model into the model folder, resumably and
 * checked against its published size and sha256, with progress on the status bar.
 */
public class DownloadModelsCommand extends ParallaxCommand {
    static final String TITLE = "Download Models";
    private final Option<String> model = text("model", "");
    private final Option<Integer> maxWait = integer("max_wait", (int) ModelDownloader.DEFAULT_MAX_WAIT.toSeconds(), 1,
            7 * 24 * 3600);

    public DownloadModelsCommand() {
        super(TITLE, null);
    }

    @Override
    protected void execute(CommandOptions options) {
        ModelRegistry registry = ModelRegistry.builtIn();
        String ids = registry.all().stream().map(ModelEntry::id).collect(Collectors.joining(", "));
        if (model.get().isBlank()) {
            throw new InvalidInputException("Give the model with model=[id]; registered models: " + ids + ".");
        }
        ModelStore store = ModelStore.current();
        ModelEntry entry = registry.get(model.get().trim());
        List<DownloadResult> results = ModelInstaller.install(entry.id(), store,
                ModelDownloader.standard().withMaxWait(java.time.Duration.ofSeconds(maxWait.get())),
                name -> new ImageJProgress(TITLE + " " + name));
        for (int i = 0; i < results.size(); i++) {
            log(ModelInstaller.describe(entry.files().get(i), results.get(i)));
        }
        log(entry.id() + " is in " + store.folderOf(entry));
        IJ.showProgress(1.0);
    }
}
