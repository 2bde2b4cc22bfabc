package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

import java.util.Arrays;

/** Synthetic RGB plates of flat rectangles for the SAM tests. */
final class Plates {
    static final int GREEN = 0x14C814;  // background (20, 200, 20)
    static final int RED = 0xDC1E1E;    // (220, 30, 30)
    static final int BLUE = 0x1E1EDC;   // (30, 30, 220)

    private Plates() {
    }

    static int[] filled(int width, int height, int rgb) {
        int[] p = new int[width * height];
        Arrays.fill(p, rgb);
        return p;
    }

    static void paint(int[] pixels, int width, Box box, int rgb) {
        for (int y = box.y(); y <= box.maxY(); y++) {
            Arrays.fill(pixels, y * width + box.x(), y * width + box.maxX() + 1, rgb);
        }
    }

    /** True when every pixel of {@code box} shrunk by {@code margin} is in the mask. */
    static boolean coversInterior(Mask mask, Box box, int margin) {
        for (int y = box.y() + margin; y <= box.maxY() - margin; y++) {
            for (int x = box.x() + margin; x <= box.maxX() - margin; x++) {
                if (!mask.get(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when no mask pixel lies outside {@code box} grown by {@code margin}. */
    static boolean staysWithin(Mask mask, Box box, int margin) {
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                boolean near = x >= box.x() - margin && x <= box.maxX() + margin && y >= box.y() - margin
                        && y <= box.maxY() + margin;
                if (mask.get(x, y) && !near) {
                    return false;
                }
            }
        }
        return true;
    }

    static Plate rgb(int width, int height, int[] pixels) {
        return Plate.rgb(width, height, pixels);
    }
}
