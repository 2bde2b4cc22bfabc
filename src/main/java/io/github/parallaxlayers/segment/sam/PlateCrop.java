package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

/** Copies a box of a plate into a new plate, and pastes a mask of that box back into a plate-size mask. */
final class PlateCrop {
    private PlateCrop() {
    }

    static Plate crop(Plate plate, Box box) {
        int w = box.width();
        int h = box.height();
        if (plate.type() == io.github.parallaxlayers.core.PixelType.RGB48) {
            short[][] planes = new short[3][];
            for (int c = 0; c < 3; c++) {
                planes[c] = new short[w * h];
                copyRows(plate.plane16(c), planes[c], plate.width(), box);
            }
            return new Plate(w, h, plate.type(), planes);
        }
        Object dst = switch (plate.type()) {
            case GRAY8 -> new byte[w * h];
            case GRAY16 -> new short[w * h];
            case GRAY32 -> new float[w * h];
            case RGB -> new int[w * h];
            case RGB48 -> throw new AssertionError("handled above");
        };
        copyRows(plate.pixels(), dst, plate.width(), box);
        return new Plate(w, h, plate.type(), dst);
    }

    private static void copyRows(Object src, Object dst, int srcWidth, Box box) {
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(src, (box.y() + y) * srcWidth + box.x(), dst, y * box.width(), box.width());
        }
    }

    static Mask paste(Mask part, Box box, int width, int height) {
        byte[] out = new byte[width * height];
        byte[] in = part.data();
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(in, y * box.width(), out, (box.y() + y) * width + box.x(), box.width());
        }
        return Mask.wrap(width, height, out);
    }
}
