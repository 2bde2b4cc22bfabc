package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renaming, re-depthing and re-ordering layers; every edit returns a new stack. */
public final class LayerStackEdits {

    private LayerStackEdits() {
    }

    public static LayerStack rename(LayerStack stack, String layer, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new InvalidInputException("The new layer name is empty: give name=[new name].");
        }
        int index = indexOf(stack, layer);
        String trimmed = newName.trim();
        for (Layer other : stack.layers()) {
            if (other.name().equals(trimmed) && !other.name().equals(stack.layers().get(index).name())) {
                throw new InvalidInputException("A layer called '" + trimmed + "' exists already; choose another name.");
            }
        }
        return replace(stack, index, stack.layers().get(index).with(trimmed, stack.layers().get(index).depthHint()));
    }

    public static LayerStack setDepth(LayerStack stack, String layer, double depth) {
        if (!(depth > 0) || Double.isInfinite(depth)) {
            throw new InvalidInputException("A layer depth is the card's distance from the camera and must be a "
                    + "finite number > 0; got " + depth + ".");
        }
        int index = indexOf(stack, layer);
        Layer old = stack.layers().get(index);
        return replace(stack, index, old.with(old.name(), depth));
    }

    /**
     * Gives the first {@code depths.length} layers these depths and every later one (a background card added after
     * them) one unit behind the one before; with no depths the stack is returned as it is.
     */
    public static LayerStack withDepths(LayerStack stack, double[] depths) {
        if (depths.length == 0) {
            return stack;
        }
        List<Layer> layers = new ArrayList<>();
        double previous = 0;
        for (int i = 0; i < stack.layers().size(); i++) {
            Layer layer = stack.layers().get(i);
            double depth = i < depths.length ? depths[i] : previous + 1;
            layers.add(layer.with(layer.name(), depth));
            previous = depth;
        }
        return stack.withLayers(layers);
    }

    /** The same stack with layer {@code index} on another card (null: the upright card at its depth hint). */
    public static LayerStack setCard(LayerStack stack, int index, io.github.parallaxlayers.geometry.CardPlane card) {
        return replace(stack, index, stack.layers().get(index).withCard(card));
    }

    /** Removes one layer; the last layer cannot be removed (a stack has at least one). */
    public static LayerStack delete(LayerStack stack, String layer) {
        int index = indexOf(stack, layer);
        if (stack.layers().size() == 1) {
            throw new InvalidInputException("'" + stack.layers().get(0).name() + "' is the only layer; a stack "
                    + "keeps at least one. Close the image to discard it.");
        }
        List<Layer> layers = new ArrayList<>(stack.layers());
        layers.remove(index);
        return stack.withLayers(layers);
    }

    /** Moves one layer to a new position, 1 = front. */
    public static LayerStack move(LayerStack stack, String layer, int position) {
        int count = stack.layers().size();
        if (position < 1 || position > count) {
            throw new InvalidInputException("Position " + position + " is outside 1–" + count + " (1 = front).");
        }
        List<Layer> layers = new ArrayList<>(stack.layers());
        Layer moved = layers.remove(indexOf(stack, layer));
        layers.add(position - 1, moved);
        return stack.withLayers(layers);
    }

    /** Puts the layers in the given order, front first; every layer must be named exactly once. */
    public static LayerStack reorder(LayerStack stack, List<String> frontToBack) {
        if (frontToBack.size() != stack.layers().size()) {
            throw new InvalidInputException("order= names " + frontToBack.size() + " layers but the stack has "
                    + stack.layers().size() + ": " + names(stack) + ".");
        }
        List<Layer> layers = new ArrayList<>();
        for (String name : frontToBack) {
            Layer layer = stack.layers().get(indexOf(stack, name));
            if (layers.contains(layer)) {
                throw new InvalidInputException("order= names '" + name + "' twice.");
            }
            layers.add(layer);
        }
        return stack.withLayers(layers);
    }

    /** The index of the layer called {@code name} (exactly, else ignoring case), or one line naming the layers. */
    public static int indexOf(LayerStack stack, String name) {
        String wanted = name == null ? "" : name.trim();
        for (int i = 0; i < stack.layers().size(); i++) {
            if (stack.layers().get(i).name().equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < stack.layers().size(); i++) {
            if (stack.layers().get(i).name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new InvalidInputException("There is no layer called '" + wanted + "'. Layers: " + names(stack) + ".");
    }

    private static String names(LayerStack stack) {
        return stack.layers().stream().map(Layer::name).collect(Collectors.joining(", "));
    }

    private static LayerStack replace(LayerStack stack, int index, Layer layer) {
        List<Layer> layers = new ArrayList<>(stack.layers());
        layers.set(index, layer);
        return stack.withLayers(layers);
    }
}
