package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Layers › Delete Layer: {@code layer=[name]} leaves the layer or mask stack. */
public class DeleteLayerCommand extends LayerEditCommand {
    private Option<String> layer;

    @Override
    void declare(CommandOptions options) {
        layer = options.text("layer", "");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.delete(stack, layer.get());
    }

    @Override
    String title() {
        return "Delete Layer";
    }
}
