package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;

import java.util.Arrays;

/**
 * Plugins › Parallax Layers › Reorder Layers: {@code order=[front,middle,back]} names every layer front first, or
 * {@code layer=[name] position=N} moves one layer (1 = front).
 */
public class ReorderLayersCommand extends LayerEditCommand {
    private final Option<String> order = text("order", "");
    private final Option<String> layer = text("layer", "");
    private final Option<Integer> position = integer("position", 1, 1, 100000);

    public ReorderLayersCommand() {
        super("Reorder Layers");
    }

    @Override
    LayerStack edit(LayerStack stack) {
        if (!order.get().isBlank()) {
            return LayerStackEdits.reorder(stack, Arrays.stream(order.get().split(",")).map(String::trim).toList());
        }
        if (layer.get().isBlank()) {
            throw new InvalidInputException("Give order=[front,...,back] with every layer's name, or layer=[name] "
                    + "position=N to move one layer.");
        }
        return LayerStackEdits.move(stack, layer.get(), position.get());
    }
}
