package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Set Layer Depth: {@code layer=[name] depth=D} (distance from the camera). */
public class SetLayerDepthCommand extends LayerEditCommand {
    private final Option<String> layer = text("layer", "");
    private final Option<Double> depth = number("depth", 1, 1e-6, 1e9);

    public SetLayerDepthCommand() {
        super("Set Layer Depth");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.setDepth(stack, layer.get(), depth.get());
    }
}
