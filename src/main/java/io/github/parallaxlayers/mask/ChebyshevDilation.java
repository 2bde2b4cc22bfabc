package io.github.parallaxlayers.mask;

/**
 * Square (Chebyshev) dilation of a 0/non-zero pixel array: the patch fill's target and covered areas, the classic
 * segmenter's refinement band. Two separable passes of running distances, so the cost does not grow with the radius.
 */
public final class ChebyshevDilation {
    private ChebyshevDilation() {
    }

    /** Pixels within Chebyshev distance {@code r} of a non-zero pixel, by separable running maxima. */
    public static boolean[] within(byte[] mask, int w, int h, int r) {
        int n = w * h;
        int[] rowReach = new int[n];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int last = Integer.MIN_VALUE / 2;
            for (int x = 0; x < w; x++) {
                if (mask[row + x] != 0) {
                    last = x;
                }
                rowReach[row + x] = x - last <= r ? 1 : 0;
            }
            last = Integer.MAX_VALUE / 2;
            for (int x = w - 1; x >= 0; x--) {
                if (mask[row + x] != 0) {
                    last = x;
                }
                if (last - x <= r) {
                    rowReach[row + x] = 1;
                }
            }
        }
        boolean[] out = new boolean[n];
        for (int x = 0; x < w; x++) {
            int last = Integer.MIN_VALUE / 2;
            for (int y = 0; y < h; y++) {
                if (rowReach[y * w + x] != 0) {
                    last = y;
                }
                out[y * w + x] = y - last <= r;
            }
            last = Integer.MAX_VALUE / 2;
            for (int y = h - 1; y >= 0; y--) {
                if (rowReach[y * w + x] != 0) {
                    last = y;
                }
                if (last - y <= r) {
                    out[y * w + x] = true;
                }
            }
        }
        return out;
    }
}
