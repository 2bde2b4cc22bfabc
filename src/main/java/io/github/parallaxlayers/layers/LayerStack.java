package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;

import java.util.List;

/**
 * Depth-ordered layers, front (index 0) to back, all at plate size, plus the plate with everything the
 * foreground hides filled in.
 *
 * @param sourceName the plate's file or image name, for provenance
 * @param filled     the plate filled under the foreground layers (or the plate itself when nothing was filled)
 * @param history    steps that concern the whole stack (the fill, the build, edits), oldest first
 * @param coding     for a stack made from a 16- or 32-bit plate, what its layers' 16-bit samples stand for
 *                   (every layer then has {@link Layer#rgb16()}); {@code null} for an 8-bit stack
 */
public record LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled,
                         List<String> history, SampleCoding coding) {

    public LayerStack {
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        for (Layer layer : layers) {
            if (layer.sixteenBit() != (coding != null)) {
                throw new IllegalArgumentException("layer '" + layer.name() + "' is "
                        + (layer.sixteenBit() ? "16" : "8") + "-bit in a " + (coding != null ? "16" : "8")
                        + "-bit stack");
            }
        }
    }

    public LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled,
                      List<String> history) {
        this(sourceName, width, height, layers, filled, history, null);
    }

    public LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled) {
        this(sourceName, width, height, layers, filled, List.of(), null);
    }

    /** 16 for a stack made from a 16- or 32-bit plate, else 8. */
    public int bitsPerChannel() {
        return coding == null ? 8 : 16;
    }

    /** Each layer's visible pixels (alpha above 0) as a mask, front first. */
    public List<io.github.parallaxlayers.mask.Mask> alphaMasks() {
        List<io.github.parallaxlayers.mask.Mask> masks = new java.util.ArrayList<>();
        for (Layer layer : layers) {
            int[] argb = layer.argb();
            byte[] m = new byte[argb.length];
            for (int i = 0; i < argb.length; i++) {
                m[i] = argb[i] >>> 24 != 0 ? io.github.parallaxlayers.mask.Mask.ON : 0;
            }
            masks.add(io.github.parallaxlayers.mask.Mask.wrap(width, height, m));
        }
        return masks;
    }

    /** The same stack with other layers (edits keep the stack's history). */
    public LayerStack withLayers(List<Layer> newLayers) {
        return new LayerStack(sourceName, width, height, newLayers, filled, history, coding);
    }

    /** The same stack with one more step in its history. */
    public LayerStack withHistory(String step) {
        List<String> more = new java.util.ArrayList<>(history);
        more.add(step);
        return new LayerStack(sourceName, width, height, layers, filled, more, coding);
    }
}
