package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;

import java.util.List;

/**
 * A small synthetic stack for the DCC reader tests, with values that are easy to recognise in another tool:
 * a 3:2 plate (not 16:9, so a reader that assumes its own frame shape is caught), an opaque red card with a
 * non-ASCII name in front, a half-transparent green card in the middle overlapping it, and an opaque back card
 * of four coloured quadrants (so a flipped or mirrored texture shows).
 */
final class DccScene {
    static final int W = 120;
    static final int H = 80;
    static final String FRONT = "Tür vorn";
    static final String MIDDLE = "glass";
    static final String BACK = "sky";
    static final double[] DEPTHS = {2, 5, 25};
    static final Box FRONT_BOX = new Box(20, 10, 30, 30);
    static final Box MIDDLE_BOX = new Box(40, 30, 60, 40);
    static final int MIDDLE_ALPHA = 128;
    private static final int[] QUADRANTS = {0xC8B428, 0x28B4C8, 0x783CA0, 0x5A5A5A}; // TL, TR, BL, BR

    private DccScene() {
    }

    static LayerStack stack() {
        int[] front = new int[W * H];
        fill(front, FRONT_BOX, 0xFF000000 | 0xE6281E);
        int[] middle = new int[W * H];
        fill(middle, MIDDLE_BOX, MIDDLE_ALPHA << 24 | 0x28C83C);
        int[] back = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                back[y * W + x] = 0xFF000000 | QUADRANTS[(y < H / 2 ? 0 : 2) + (x < W / 2 ? 0 : 1)];
            }
        }
        List<Layer> layers = List.of(new Layer(FRONT, front, FRONT_BOX, DEPTHS[0]),
                new Layer(MIDDLE, middle, MIDDLE_BOX, DEPTHS[1]),
                new Layer(BACK, back, new Box(0, 0, W, H), DEPTHS[2]));
        return new LayerStack("dcc-plate.png", W, H, layers, Plate.rgb(W, H, back));
    }

    private static void fill(int[] argb, Box box, int value) {
        for (int y = box.y(); y < box.y() + box.height(); y++) {
            for (int x = box.x(); x < box.x() + box.width(); x++) {
                argb[y * W + x] = value;
            }
        }
    }

    /** The layers composited back to front, as the exports' merged images are. */
    static int[] composite(LayerStack stack) {
        return OraWriter.composite(stack, stack.layers());
    }
}
