package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

/** Plugins › Parallax Layers › Rename Layer: {@code layer=[old name] name=[new name]}. */
public class RenameLayerCommand extends LayerEditCommand {
    private final Option<String> layer = text("layer", "");
    private final Option<String> name = text("name", "");

    public RenameLayerCommand() {
        super("Rename Layer");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        return LayerStackEdits.rename(stack, layer.get(), name.get());
    }
}
