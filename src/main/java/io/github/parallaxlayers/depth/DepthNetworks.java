package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;

import java.nio.file.Path;

/** Finds a depth model (a registered one, or a file the user names) and opens it on a device. */
public final class DepthNetworks {
    public static final String DEFAULT_MODEL = "depth-anything-v2-small";

    private DepthNetworks() {
    }

    /**
     * @param modelId   a registered depth model (depth-anything-v2-small, midas-small); used when modelFile is empty
     * @param modelFile a .onnx file of the user's, or empty
     */
    public static DepthNetwork open(String modelId, String modelFile, Device device) {
        return new DepthNetwork(OnnxRuntime.shared().open(locate(modelId, modelFile), device));
    }

    static Path locate(String modelId, String modelFile) {
        String id = modelId == null || modelId.isBlank() ? DEFAULT_MODEL : modelId.trim();
        Path own = ModelStore.userFile(modelFile, "a .onnx depth model", id);
        if (own != null) {
            return own;
        }
        ModelEntry entry = ModelRegistry.builtIn().get(id);
        if (!"depth".equals(entry.task())) {
            throw new InvalidInputException("model=" + id + " is a " + entry.task() + " model, not a depth model: "
                    + "use depth-anything-v2-small or midas-small.");
        }
        return ModelStore.current().require(entry, Contract.DEPTH_SINGLE.label());
    }
}
