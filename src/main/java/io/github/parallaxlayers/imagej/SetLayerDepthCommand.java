package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Set Layer Depth: {@code layer=[name] depth=D} (distance from the camera). */
public class SetLayerDepthCommand extends LayerEditCommand {
    private Option<String> layer;
    private Option<Double> depth;

    public SetLayerDepthCommand() {
        super("Set Layer Depth");
    }

    @Override
    void declareEdit(CommandOptions options) {
        layer = options.text("layer", "");
        depth = options.number("depth", 1, 1e-6, 1e9);
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.setDepth(stack, layer.get(), depth.get());
    }
}
