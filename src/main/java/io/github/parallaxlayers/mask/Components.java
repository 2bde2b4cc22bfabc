package io.github.parallaxlayers.mask;

/**
 * Connected components of a mask's inside pixels (or of its outside pixels), labelled 1..count in scan order,
 * with the area of each. Runs of pixels are joined with union–find (the run-based two-pass labelling), which reads
 * the mask once in memory order.
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
        int reach = connectivity == Connectivity.EIGHT ? 1 : 0;
        // Runs of wanted pixels, row by row: start, end (inclusive) and provisional label.
        int[] runStart = new int[1024];
        int[] runEnd = new int[1024];
        int[] rowFirstRun = new int[h + 1];
        int runs = 0;
        for (int y = 0; y < h; y++) {
            rowFirstRun[y] = runs;
            int row = y * w;
            int x = 0;
            while (x < w) {
                while (x < w && (m[row + x] != 0) != inside) {
                    x++;
                }
                if (x == w) {
                    break;
                }
                int start = x;
                while (x < w && (m[row + x] != 0) == inside) {
                    x++;
                }
                if (runs == runStart.length) {
                    runStart = java.util.Arrays.copyOf(runStart, runs * 2);
                    runEnd = java.util.Arrays.copyOf(runEnd, runs * 2);
                }
                runStart[runs] = start;
                runEnd[runs] = x - 1;
                runs++;
            }
        }
        rowFirstRun[h] = runs;
        // Union–find over runs: a run joins every run of the row above that it touches.
        int[] parent = new int[runs];
        for (int r = 0; r < runs; r++) {
            parent[r] = r;
        }
        for (int y = 1; y < h; y++) {
            int p = rowFirstRun[y - 1];
            int pEnd = rowFirstRun[y];
            for (int r = rowFirstRun[y]; r < rowFirstRun[y + 1]; r++) {
                int lo = runStart[r] - reach;
                int hi = runEnd[r] + reach;
                while (p < pEnd && runEnd[p] < lo) {
                    p++;
                }
                for (int q = p; q < pEnd && runStart[q] <= hi; q++) {
                    union(parent, r, q);
                }
            }
        }
        // Final labels in scan order of each component's first run, with areas and border contact.
        int[] labelOfRoot = new int[runs];
        int[] areas = new int[runs + 1];
        boolean[] border = new boolean[runs + 1];
        int count = 0;
        int[] labels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int r = rowFirstRun[y]; r < rowFirstRun[y + 1]; r++) {
                int root = find(parent, r);
                if (labelOfRoot[root] == 0) {
                    labelOfRoot[root] = ++count;
                }
                int label = labelOfRoot[root];
                int start = runStart[r];
                int end = runEnd[r];
                areas[label] += end - start + 1;
                if (y == 0 || y == h - 1 || start == 0 || end == w - 1) {
                    border[label] = true;
                }
                java.util.Arrays.fill(labels, y * w + start, y * w + end + 1, label);
            }
        }
        return new Components(w, h, labels, java.util.Arrays.copyOf(areas, count + 1),
                java.util.Arrays.copyOf(border, count + 1));
    }

    private static int find(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
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
