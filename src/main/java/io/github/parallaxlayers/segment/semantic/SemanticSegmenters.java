package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.onnx.Contract;

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
        return ModelStore.locate(modelFile, "a .onnx file", MODEL_ID, Contract.DEEPLABV3_VOC_257);
    }
}
