package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.depth.DepthNetwork;
import io.github.parallaxlayers.depth.DepthNetworks;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.semantic.DeepLabV3;
import io.github.parallaxlayers.segment.semantic.SemanticSegmenters;

/**
 * The network choice of the depth and semantic commands: {@code model=} (a registered id, where the family has
 * more than one), {@code device=} and {@code model_file=} (an .onnx file of one's own). Each family opens its
 * network through its one factory ({@link DepthNetworks}, {@link SemanticSegmenters}).
 */
record NetworkOptions(Option<String> model, Option<Device> device, Option<String> modelFile) {

    /** Declares model (with {@code defaultModel}), device and model_file, in that order. */
    static NetworkOptions withModel(CommandOptions options, String defaultModel) {
        return new NetworkOptions(options.text("model", defaultModel),
                options.choice("device", Device.class, Device.AUTO), options.text("model_file", ""));
    }

    /** Declares device and model_file, for a family with one registered model. */
    static NetworkOptions withoutModel(CommandOptions options) {
        return new NetworkOptions(null, options.choice("device", Device.class, Device.AUTO),
                options.text("model_file", ""));
    }

    DepthNetwork depthNetwork() {
        return DepthNetworks.open(model.get(), modelFile.get(), device.get());
    }

    DeepLabV3 semanticNetwork() {
        return SemanticSegmenters.open(modelFile.get(), device.get());
    }
}
