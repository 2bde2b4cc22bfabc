package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Automatic masks as one label image: pixel = 1-based index (in the given list) of the smallest mask covering it,
 * the higher predicted IoU among equal areas; 0 where no mask covers it. Small masks win because SAM's masks nest
 * (a part inside its object inside the background), and the part is the finer answer.
 */
public final class MaskLabels {
    private MaskLabels() {
    }

    public static int[] of(List<AutomaticMask> masks, int width, int height) {
        int[] labels = new int[width * height];
        Integer[] order = new Integer[masks.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            if (!masks.get(i).mask().sameSize(width, height)) {
                throw new InvalidInputException("Mask " + (i + 1) + " is " + masks.get(i).mask().width() + "x"
                        + masks.get(i).mask().height() + ", not " + width + "x" + height + ".");
            }
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> masks.get(i).area())
                .thenComparingDouble(i -> -masks.get(i).predictedIou()));
        for (int i : order) {
            byte[] data = masks.get(i).mask().data();
            int label = i + 1;
            for (int p = 0; p < labels.length; p++) {
                if (data[p] != 0 && labels[p] == 0) {
                    labels[p] = label;
                }
            }
        }
        return labels;
    }

    /** One mask per label 1..count (empty where a label covers nothing): the label image as a mask stack. */
    public static List<Mask> toMasks(int[] labels, int width, int height, int count) {
        if (labels.length != width * height) {
            throw new InvalidInputException("The label image has " + labels.length + " pixels, not " + width + "x"
                    + height + ".");
        }
        byte[][] data = new byte[count][width * height];
        for (int p = 0; p < labels.length; p++) {
            int l = labels[p];
            if (l > 0 && l <= count) {
                data[l - 1][p] = Mask.ON;
            }
        }
        List<Mask> masks = new ArrayList<>(count);
        for (byte[] d : data) {
            masks.add(Mask.wrap(width, height, d));
        }
        return masks;
    }
}
