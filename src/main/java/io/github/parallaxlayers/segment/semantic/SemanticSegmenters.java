package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelEntry;
import io.github.parallaxlayers.onnx.ModelRegistry;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.onnx.Contract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the DeepLabV3 model (the registry's, or a file the user names) and opens it on a device. */
public final class SemanticSegmenters {
    public static final String MODEL_ID = "deeplabv3-mnv2-voc";

    private SemanticSegmenters() {
    }

    /** @param modelFile empty for the registered model in the model store */
    public static DeepLabV3 open(String modelFile, Device device) {
        return new DeepLabV3(OnnxRuntime.shared().open(locate(modelFile), device));
    }

    static Path locate(String modelFile) {
        if (modelFile != null && !modelFile.isBlank()) {
            Path path = Path.of(modelFile.trim());
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException("model_file=" + modelFile + " does not exist or is not a file; "
                        + "give the path of a .onnx file, or leave model_file empty to use the installed "
                        + MODEL_ID + " model.");
            }
            return path;
        }
        ModelEntry entry = ModelRegistry.builtIn().get(MODEL_ID);
        return ModelStore.current().require(entry, Contract.DEEPLABV3_VOC_257.label());
    }
}
