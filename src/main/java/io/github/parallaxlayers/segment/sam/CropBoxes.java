package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions SAM's generator encodes ({@code generate_crop_boxes}): the whole plate, then for layer k = 1..n a
 * 2^k × 2^k grid of crops that overlap by {@code 512/1500 · shortSide · 2/2^k} pixels, so an object cut by one
 * crop's edge lies whole in a neighbour.
 */
final class CropBoxes {
    static final double OVERLAP_RATIO = 512.0 / 1500.0;

    private CropBoxes() {
    }

    static List<Box> of(int width, int height, int layers) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(new Box(0, 0, width, height));
        int shortSide = Math.min(width, height);
        for (int layer = 1; layer <= layers; layer++) {
            int perSide = 1 << layer;
            int overlap = (int) (OVERLAP_RATIO * shortSide * (2.0 / perSide));
            int cropW = (int) Math.ceil((overlap * (perSide - 1) + width) / (double) perSide);
            int cropH = (int) Math.ceil((overlap * (perSide - 1) + height) / (double) perSide);
            for (int i = 0; i < perSide; i++) {
                int x0 = (cropW - overlap) * i;
                for (int j = 0; j < perSide; j++) {
                    int y0 = (cropH - overlap) * j;
                    boxes.add(new Box(x0, y0, Math.min(x0 + cropW, width) - x0, Math.min(y0 + cropH, height) - y0));
                }
            }
        }
        return boxes;
    }

    /**
     * SAM's {@code is_box_near_crop_edge} (tolerance 20 px): a mask whose box comes within 20 px of an edge of its
     * crop that is not also an edge of the plate was cut by the crop, so a neighbouring crop or the whole plate
     * gives it whole. Boxes are in plate pixels; the crop's far edges are exclusive, as SAM's XYXY boxes are.
     */
    static boolean nearCropEdge(Box mask, Box crop, int width, int height) {
        int tolerance = 20;
        int[] m = {mask.x(), mask.y(), mask.maxX(), mask.maxY()};
        int[] c = {crop.x(), crop.y(), crop.x() + crop.width(), crop.y() + crop.height()};
        int[] plate = {0, 0, width, height};
        for (int i = 0; i < 4; i++) {
            if (Math.abs(m[i] - c[i]) <= tolerance && Math.abs(m[i] - plate[i]) > tolerance) {
                return true;
            }
        }
        return false;
    }
}
