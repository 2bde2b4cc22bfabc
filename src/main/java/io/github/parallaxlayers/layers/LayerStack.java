package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;

import java.util.List;

/**
 * Depth-ordered layers, front (index 0) to back, all the same size, plus the plate with everything the
 * foreground hides filled in. The layers cover the frame (the plate) and, with overscan, a margin around it:
 * the frame is {@code frameWidth × frameHeight} px centred in the {@code width × height} layer canvas, so the
 * camera (field of view, principal point, horizon) stays the frame's and the margins hold what a camera move
 * may uncover beyond the frame's edges ({@link OverscanLayers}).
 *
 * @param sourceName the plate's file or image name, for provenance
 * @param filled     the plate filled under the foreground layers (or the plate itself when nothing was filled)
 * @param history    steps that concern the whole stack (the fill, the build, edits), oldest first
 * @param coding     for a stack made from a 16- or 32-bit plate, what its layers' 16-bit samples stand for
 *                   (every layer then has {@link Layer#rgb16()}); {@code null} for an 8-bit stack
 * @param frameWidth  the plate's width; {@code width} minus twice {@link #marginX()}
 * @param frameHeight the plate's height; {@code height} minus twice {@link #marginY()}
 */
public record LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled,
                         List<String> history, SampleCoding coding, int frameWidth, int frameHeight) {

    public LayerStack {
        layers = List.copyOf(layers);
        history = List.copyOf(history);
        if (frameWidth < 1 || frameHeight < 1 || frameWidth > width || frameHeight > height
                || (width - frameWidth) % 2 != 0 || (height - frameHeight) % 2 != 0) {
            throw new IllegalArgumentException("frame " + frameWidth + "x" + frameHeight + " is not centred in the "
                    + width + "x" + height + " layer canvas");
        }
        for (Layer layer : layers) {
            if (layer.sixteenBit() != (coding != null)) {
                throw new IllegalArgumentException("layer '" + layer.name() + "' is "
                        + (layer.sixteenBit() ? "16" : "8") + "-bit in a " + (coding != null ? "16" : "8")
                        + "-bit stack");
            }
        }
    }

    /** A stack without overscan: the layers are the frame's size. */
    public LayerStack(String sourceName, int width, int height, List<Layer> layers, Plate filled,
                      List<String> history, SampleCoding coding) {
        this(sourceName, width, height, layers, filled, history, coding, width, height);
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

    /** Pixels of layer canvas left and right of the frame (each side). */
    public int marginX() {
        return (width - frameWidth) / 2;
    }

    /** Pixels of layer canvas above and below the frame (each side). */
    public int marginY() {
        return (height - frameHeight) / 2;
    }

    public boolean hasOverscan() {
        return width != frameWidth || height != frameHeight;
    }

    /**
     * Each layer's visible pixels (alpha above 0) inside the frame as a frame-sized mask, front first: what the
     * plate shows, which is what depth and ground contact are measured on (the margins are invented).
     */
    public List<io.github.parallaxlayers.mask.Mask> alphaMasks() {
        List<io.github.parallaxlayers.mask.Mask> masks = new java.util.ArrayList<>();
        int mx = marginX();
        int my = marginY();
        for (Layer layer : layers) {
            int[] argb = layer.argb();
            byte[] m = new byte[frameWidth * frameHeight];
            for (int y = 0; y < frameHeight; y++) {
                int row = (y + my) * width + mx;
                for (int x = 0; x < frameWidth; x++) {
                    m[y * frameWidth + x] = argb[row + x] >>> 24 != 0 ? io.github.parallaxlayers.mask.Mask.ON : 0;
                }
            }
            masks.add(io.github.parallaxlayers.mask.Mask.wrap(frameWidth, frameHeight, m));
        }
        return masks;
    }

    /** The same stack with other layers (edits keep the stack's history). */
    public LayerStack withLayers(List<Layer> newLayers) {
        return new LayerStack(sourceName, width, height, newLayers, filled, history, coding, frameWidth, frameHeight);
    }

    /** The same stack with one more step in its history. */
    public LayerStack withHistory(String step) {
        List<String> more = new java.util.ArrayList<>(history);
        more.add(step);
        return new LayerStack(sourceName, width, height, layers, filled, more, coding, frameWidth, frameHeight);
    }
}
