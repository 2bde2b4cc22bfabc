package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.mask.Mask;

import java.util.List;

/**
 * The result of Auto Layers: one mask per depth plane, front first, ready for Build Layer Stack.
 *
 * @param masks      plane masks, front first; together they cover every pixel exactly once
 * @param names      layer names ("plane-1" … front to back; the farthest is "far")
 * @param depths     mean inverse depth of each plane's class
 * @param depthHints distance hints for the layer stack (1 = nearest), see {@link DepthOrdering}
 * @param breaks     the inverse-depth clustering the planes came from (classes in ascending value = far first)
 */
public record DepthPlanes(List<Mask> masks, List<String> names, double[] depths, double[] depthHints,
                          NaturalBreaks.Breaks breaks) {
    public DepthPlanes {
        masks = List.copyOf(masks);
        names = List.copyOf(names);
    }

    /** The plane of every pixel, 0 = front. */
    public int[] planeIndex() {
        int n = masks.get(0).size();
        int[] out = new int[n];
        for (int p = 0; p < masks.size(); p++) {
            byte[] m = masks.get(p).data();
            for (int i = 0; i < n; i++) {
                if (m[i] != 0) {
                    out[i] = p;
                }
            }
        }
        return out;
    }
}
