package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.Locale;

/** The 21 PASCAL VOC labels of the DeepLabV3 model, index = label value in a label image. */
public final class VocClasses {
    /** Stable lower-case names, as in {@code classes=[person,car]}. */
    public static final String[] NAMES = {"background", "aeroplane", "bicycle", "bird", "boat", "bottle", "bus",
            "car", "cat", "chair", "cow", "diningtable", "dog", "horse", "motorbike", "person", "pottedplant",
            "sheep", "sofa", "train", "tvmonitor"};
    public static final int COUNT = NAMES.length;
    public static final int PERSON = 15;

    private VocClasses() {
    }

    /**
     * The classes named in a comma-separated list (case, spaces, '-' and '_' ignored: "dining table" works).
     * An empty list selects none.
     */
    public static boolean[] parse(String list, String key) {
        boolean[] selected = new boolean[COUNT];
        if (list == null || list.isBlank()) {
            return selected;
        }
        for (String part : list.split(",")) {
            String wanted = normalise(part);
            if (wanted.isEmpty()) {
                continue;
            }
            int index = indexOf(wanted);
            if (index < 0) {
                throw new InvalidInputException("Unknown class '" + part.trim() + "' in " + key + "=; the PASCAL "
                        + "VOC classes are: " + String.join(", ", NAMES) + ".");
            }
            selected[index] = true;
        }
        return selected;
    }

    public static int indexOf(String name) {
        String wanted = normalise(name);
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "");
    }
}
