package io.github.parallaxlayers.layers;

import java.util.List;

/**
 * The 8-bit view of a 16-bit layer stack (what previews, the PSD, flattened images and 8-bit exports show): the codes are stretched
 * linearly from the smallest to the largest code any layer shows, over every layer, so the window depends only on the
 * layers themselves and an imported or edited stack looks exactly as it did when built.
 */
public final class SixteenBitDisplay {

    private SixteenBitDisplay() {
    }

    /** Smallest and largest code shown (alpha above 0) by any layer; {0, 65535} when none shows anything. */
    public static int[] window(List<int[]> argb, List<short[][]> rgb16) {
        int lo = 65535;
        int hi = 0;
        for (int l = 0; l < argb.size(); l++) {
            int[] a = argb.get(l);
            for (short[] plane : distinct(rgb16.get(l))) {
                for (int i = 0; i < a.length; i++) {
                    if (a[i] >>> 24 != 0) {
                        int c = plane[i] & 0xffff;
                        lo = Math.min(lo, c);
                        hi = Math.max(hi, c);
                    }
                }
            }
        }
        return hi < lo ? new int[] {0, 65535} : new int[] {lo, hi};
    }

    /** Writes the 8-bit colour of every shown pixel into {@code argb} (alpha kept), through the window. */
    public static void paint(int[] argb, short[][] rgb16, int[] window) {
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] >>> 24 != 0) {
                argb[i] = argb[i] & 0xff000000 | toByte(rgb16[0][i], window) << 16 | toByte(rgb16[1][i], window) << 8
                        | toByte(rgb16[2][i], window);
            }
        }
    }

    /** One code through the window, to 0–255. */
    public static int toByte(short code, int[] window) {
        int lo = window[0];
        int hi = window[1];
        if (hi <= lo) {
            return (code & 0xffff) >= hi ? 255 : 0;
        }
        int c = Math.max(lo, Math.min(hi, code & 0xffff));
        return (int) ((c - lo) * 255L * 2 + (hi - lo)) / (2 * (hi - lo));
    }

    /** Paints every layer of a 16-bit stack with the window they share. */
    public static void paintAll(List<int[]> argb, List<short[][]> rgb16) {
        int[] window = window(argb, rgb16);
        for (int l = 0; l < argb.size(); l++) {
            paint(argb.get(l), rgb16.get(l), window);
        }
    }

    private static short[][] distinct(short[][] planes) {
        if (planes[0] == planes[1] && planes[1] == planes[2]) {
            return new short[][] {planes[0]};
        }
        return planes;
    }
}
