package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Rename Layer: {@code layer=[old name] name=[new name]}. */
public class RenameLayerCommand extends LayerEditCommand {
    private Option<String> layer;
    private Option<String> name;

    public RenameLayerCommand() {
        super("Rename Layer");
    }

    @Override
    void declareEdit(CommandOptions options) {
        layer = options.text("layer", "");
        name = options.text("name", "");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.rename(stack, layer.get(), name.get());
    }
}
