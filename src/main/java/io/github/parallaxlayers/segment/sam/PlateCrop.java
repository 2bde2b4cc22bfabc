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
        Object src = plate.pixels();
        Object dst = switch (plate.type()) {
            case GRAY8 -> new byte[w * h];
            case GRAY16 -> new short[w * h];
            case GRAY32 -> new float[w * h];
            case RGB -> new int[w * h];
        };
        for (int y = 0; y < h; y++) {
            System.arraycopy(src, (box.y() + y) * plate.width() + box.x(), dst, y * w, w);
        }
        return new Plate(w, h, plate.type(), dst);
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
