package io.github.parallaxlayers.mask;

/**
 * Connected components of a mask's inside pixels (or of its outside pixels), labelled 1..count in scan order,
 * with the area of each. One breadth-first pass with a reusable int queue: linear in the number of pixels.
 */
public final class Components {
    private final int width;
    private final int height;
    private final int[] labels;
    private final int[] areas;
    private final boolean[] touchesBorder;

    private Components(int width, int height, int[] labels, int[] areas, boolean[] touchesBorder) {
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.areas = areas;
        this.touchesBorder = touchesBorder;
    }

    /** Components of the inside pixels of {@code mask}. */
    public static Components of(Mask mask, Connectivity connectivity) {
        return label(mask, true, connectivity);
    }

    /** Components of the outside pixels of {@code mask} (holes are those that do not touch the border). */
    public static Components ofOutside(Mask mask, Connectivity connectivity) {
        return label(mask, false, connectivity);
    }

    private static Components label(Mask mask, boolean inside, Connectivity connectivity) {
        int w = mask.width();
        int h = mask.height();
        byte[] m = mask.data();
        int[] labels = new int[w * h];
        int[] queue = new int[w * h];
        int[] areas = new int[16];
        boolean[] border = new boolean[16];
        boolean eight = connectivity == Connectivity.EIGHT;
        int count = 0;
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || (m[start] != 0) != inside) {
                continue;
            }
            count++;
            if (count >= areas.length) {
                areas = java.util.Arrays.copyOf(areas, areas.length * 2);
                border = java.util.Arrays.copyOf(border, border.length * 2);
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            labels[start] = count;
            int area = 0;
            boolean touches = false;
            while (head < tail) {
                int p = queue[head++];
                area++;
                int x = p % w;
                int y = p / w;
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    touches = true;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx == 0 && dy == 0) || (!eight && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (labels[q] == 0 && (m[q] != 0) == inside) {
                            labels[q] = count;
                            queue[tail++] = q;
                        }
                    }
                }
            }
            areas[count] = area;
            border[count] = touches;
        }
        return new Components(w, h, labels, java.util.Arrays.copyOf(areas, count + 1),
                java.util.Arrays.copyOf(border, count + 1));
    }

    public int count() {
        return areas.length - 1;
    }

    /** Label per pixel, 0 for pixels not in any component. */
    public int[] labels() {
        return labels;
    }

    /** Area in pixels of component {@code label} (1-based). */
    public int area(int label) {
        return areas[label];
    }

    public boolean touchesBorder(int label) {
        return touchesBorder[label];
    }

    public int label(int x, int y) {
        return labels[y * width + x];
    }

    /** The label of the largest component, 0 when there is none. */
    public int largest() {
        int best = 0;
        for (int l = 1; l < areas.length; l++) {
            if (best == 0 || areas[l] > areas[best]) {
                best = l;
            }
        }
        return best;
    }

    /** A mask of the pixels whose component satisfies {@code keep}. */
    public Mask select(java.util.function.IntPredicate keep) {
        boolean[] kept = new boolean[areas.length];
        for (int l = 1; l < areas.length; l++) {
            kept[l] = keep.test(l);
        }
        byte[] out = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (kept[labels[i]]) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(width, height, out);
    }
}
