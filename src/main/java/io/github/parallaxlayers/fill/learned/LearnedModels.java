package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;

import java.nio.file.Path;

/** Opens the learned fills from the model registry ({@code lama}, {@code migan}) or from a file the user names. */
public final class LearnedModels {
    public static final String LAMA = "lama";
    public static final String MIGAN = "migan";

    private LearnedModels() {
    }

    /** @param modelFile empty for the registered model in the model store */
    public static LearnedInpainter lama(String modelFile, Device device, HighResStrategy strategy) {
        Path file = locate(LAMA, Contract.LAMA_512, modelFile);
        return LearnedInpainter.lama(OnnxRuntime.shared().open(file, device), strategy);
    }

    /** @param modelFile empty for the registered model in the model store */
    public static LearnedInpainter migan(String modelFile, Device device, HighResStrategy strategy) {
        Path file = locate(MIGAN, Contract.MIGAN_PIPELINE, modelFile);
        return LearnedInpainter.migan(OnnxRuntime.shared().open(file, device), strategy);
    }

    static Path locate(String id, Contract contract, String modelFile) {
        return ModelStore.locate(modelFile, "a .onnx file", id, contract);
    }
}
