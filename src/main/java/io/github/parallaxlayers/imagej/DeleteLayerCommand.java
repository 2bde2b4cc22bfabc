package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Layers › Delete Layer: {@code layer=[name]} leaves the layer or mask stack. */
public class DeleteLayerCommand extends LayerEditCommand {
    private final Option<String> layer = text("layer", "");

    public DeleteLayerCommand() {
        super("Delete Layer");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.delete(stack, layer.get());
    }
}
