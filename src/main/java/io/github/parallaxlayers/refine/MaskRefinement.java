package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.mask.Components;
import io.github.parallaxlayers.mask.Connectivity;
import io.github.parallaxlayers.mask.Mask;

/**
 * Static facade over the mask clean-up operations. Every method returns a new mask and leaves its input alone.
 * Inside pixels are 8-connected and background pixels 4-connected, the usual pairing that keeps a one-pixel
 * diagonal wall closed.
 */
public final class MaskRefinement {

    private MaskRefinement() {
    }

    /** Fills holes (background components that do not touch the image border) smaller than {@code maxArea} px; 0 = all. */
    public static Mask fillHoles(Mask mask, int maxArea) {
        Components outside = Components.ofOutside(mask, Connectivity.FOUR);
        Mask holes = outside.select(l -> !outside.touchesBorder(l) && (maxArea <= 0 || outside.area(l) < maxArea));
        return union(mask, holes);
    }

    /** Removes islands (inside components) smaller than {@code minArea} px. */
    public static Mask removeIslands(Mask mask, int minArea) {
        Components inside = Components.of(mask, Connectivity.EIGHT);
        return inside.select(l -> inside.area(l) >= minArea);
    }

    /** Keeps only the largest inside component. */
    public static Mask keepLargest(Mask mask) {
        Components inside = Components.of(mask, Connectivity.EIGHT);
        int largest = inside.largest();
        return inside.select(l -> l == largest);
    }

    /** Grows the mask by an exact Euclidean distance of {@code radius} px (a disk, not a square). */
    public static Mask grow(Mask mask, double radius) {
        if (radius <= 0) {
            return mask.copy();
        }
        float[] d2 = DistanceTransform.squaredToInside(mask);
        return below(mask, d2, radius * radius);
    }

    /** Shrinks the mask by an exact Euclidean distance of {@code radius} px. */
    public static Mask shrink(Mask mask, double radius) {
        if (radius <= 0) {
            return mask.copy();
        }
        float[] d2 = DistanceTransform.squaredToOutside(mask);
        byte[] out = new byte[d2.length];
        double r2 = radius * radius;
        for (int i = 0; i < d2.length; i++) {
            if (d2[i] > r2) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(mask.width(), mask.height(), out);
    }

    /** Keeps the components that contain at least one of the points ({@code x,y} pairs). */
    public static Mask keepTouching(Mask mask, int[][] points) {
        Components inside = Components.of(mask, Connectivity.EIGHT);
        java.util.Set<Integer> keep = new java.util.HashSet<>();
        for (int[] p : points) {
            if (p[0] >= 0 && p[1] >= 0 && p[0] < mask.width() && p[1] < mask.height()) {
                int label = inside.label(p[0], p[1]);
                if (label != 0) {
                    keep.add(label);
                }
            }
        }
        return inside.select(keep::contains);
    }

    /** Morphological opening with a Euclidean disk of radius {@code radius}: removes parts thinner than the disk. */
    public static Mask open(Mask mask, double radius) {
        return grow(shrink(mask, radius), radius);
    }

    /** Morphological closing with a Euclidean disk: closes gaps and dents narrower than the disk. */
    public static Mask close(Mask mask, double radius) {
        return shrink(grow(mask, radius), radius);
    }

    /** Grows for positive {@code amount}, shrinks for negative. */
    public static Mask growOrShrink(Mask mask, double amount) {
        return amount >= 0 ? grow(mask, amount) : shrink(mask, -amount);
    }

    public static Mask union(Mask a, Mask b) {
        byte[] out = new byte[a.size()];
        byte[] x = a.data();
        byte[] y = b.data();
        for (int i = 0; i < out.length; i++) {
            if (x[i] != 0 || y[i] != 0) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(a.width(), a.height(), out);
    }

    /** Pixels of {@code a} that are not in {@code b}. */
    public static Mask subtract(Mask a, Mask b) {
        byte[] out = new byte[a.size()];
        byte[] x = a.data();
        byte[] y = b.data();
        for (int i = 0; i < out.length; i++) {
            if (x[i] != 0 && y[i] == 0) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(a.width(), a.height(), out);
    }

    private static Mask below(Mask like, float[] d2, double limit) {
        byte[] out = new byte[d2.length];
        for (int i = 0; i < d2.length; i++) {
            if (d2[i] <= limit) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(like.width(), like.height(), out);
    }
}
