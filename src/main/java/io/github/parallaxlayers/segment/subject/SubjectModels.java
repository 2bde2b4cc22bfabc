package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelStore;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;

import io.github.parallaxlayers.segment.Segmenter;

import java.nio.file.Path;
import java.util.function.Supplier;

/** Finds the subject network (the registry's {@code isnet-general-use}, or a file the user names) and opens it. */
public final class SubjectModels {
    public static final String MODEL_ID = "isnet-general-use";

    private SubjectModels() {
    }

    /**
     * @param modelFile empty for the registered model in the model store; a missing model stops with one line
     *                  naming the download command
     */
    public static SubjectNetwork open(String modelFile, Device device, CacheMode cacheMode) {
        ModelSession session = OnnxRuntime.shared().open(locate(modelFile), device);
        return new SubjectNetwork(session, EmbeddingCache.shared(), cacheMode);
    }

    /**
     * The segmenter of {@code backend=hybrid} ({@code hybrid}) or {@code backend=subject} on a model file or the
     * registered model; the network is opened when the first plate is, so a missing model stops there.
     */
    public static Segmenter segmenter(boolean hybrid, String modelFile, Device device, CacheMode cacheMode) {
        Supplier<SubjectNetwork> network = () -> open(modelFile, device, cacheMode);
        return hybrid ? new HybridSegmenter(network) : new SubjectSegmenter(network, SubjectSettings.DEFAULTS);
    }

    static Path locate(String modelFile) {
        return ModelStore.locate(modelFile, "an IS-Net .onnx file", MODEL_ID, Contract.ISNET_1024);
    }
}
