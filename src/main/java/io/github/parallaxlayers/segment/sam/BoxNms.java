package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression on boxes (torchvision's {@code nms}, which SAM's generator uses): boxes are taken
 * best score first, and one is dropped when its IoU with a box already kept is above the threshold. Equal scores
 * keep their input order. Box areas count pixels (a box from x to maxX is maxX − x + 1 wide), where torchvision
 * subtracts corners; the difference is one pixel per side.
 */
public final class BoxNms {
    private BoxNms() {
    }

    /** Indices of the kept boxes, best score first. */
    public static int[] keep(List<Box> boxes, double[] scores, double iouThreshold) {
        if (boxes.size() != scores.length) {
            throw new IllegalArgumentException(boxes.size() + " boxes but " + scores.length + " scores");
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -scores[i])); // stable: ties keep input order
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
            Box b = boxes.get(i);
            boolean suppressed = false;
            for (int k : kept) {
                if (iou(b, boxes.get(k)) > iouThreshold) {
                    suppressed = true;
                    break;
                }
            }
            if (!suppressed) {
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Intersection over union of two pixel boxes. */
    public static double iou(Box a, Box b) {
        long iw = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x()) + 1L;
        long ih = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y()) + 1L;
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        long inter = iw * ih;
        long union = (long) a.width() * a.height() + (long) b.width() * b.height() - inter;
        return inter / (double) union;
    }
}
