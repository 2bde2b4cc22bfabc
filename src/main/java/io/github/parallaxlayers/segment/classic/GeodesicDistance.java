package io.github.parallaxlayers.segment.classic;

/**
 * Geodesic distance from seed pixels over an image, by raster scans (Toivanen 1996, as used by Criminisi et
 * al., "GeoS", ECCV 2008): alternating forward and backward sweeps over the 8-neighbourhood, each relaxing a
 * pixel from its already-visited neighbours. A step from p to q costs {@code spatial·|p−q| + contrast·‖F_p−F_q‖}
 * for a feature field F (colours or an object-probability map), so paths that cross strong edges are long.
 * Two sweep pairs reach the exact value for all but strongly winding paths, which is what interactive use needs.
 */
final class GeodesicDistance {
    static final float FAR = Float.POSITIVE_INFINITY;
    private static final float DIAGONAL = (float) Math.sqrt(2);
    private static final int SWEEP_PAIRS = 2;

    private GeodesicDistance() {
    }

    /**
     * Relaxes {@code distance} in place: seed pixels hold their start value (0, or an offset for weak seeds),
     * all others {@link #FAR}.
     */
    static void relax(float[] distance, int width, int height, float[][] field, float spatial, float contrast) {
        for (int pass = 0; pass < SWEEP_PAIRS; pass++) {
            for (int y = 0; y < height; y++) {
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    int i = row + x;
                    float best = distance[i];
                    if (x > 0) {
                        best = Math.min(best, distance[i - 1] + step(field, i, i - 1, spatial, contrast));
                    }
                    if (y > 0) {
                        int up = i - width;
                        best = Math.min(best, distance[up] + step(field, i, up, spatial, contrast));
                        if (x > 0) {
                            best = Math.min(best, distance[up - 1] + step(field, i, up - 1, spatial * DIAGONAL, contrast));
                        }
                        if (x + 1 < width) {
                            best = Math.min(best, distance[up + 1] + step(field, i, up + 1, spatial * DIAGONAL, contrast));
                        }
                    }
                    distance[i] = best;
                }
            }
            for (int y = height - 1; y >= 0; y--) {
                int row = y * width;
                for (int x = width - 1; x >= 0; x--) {
                    int i = row + x;
                    float best = distance[i];
                    if (x + 1 < width) {
                        best = Math.min(best, distance[i + 1] + step(field, i, i + 1, spatial, contrast));
                    }
                    if (y + 1 < height) {
                        int down = i + width;
                        best = Math.min(best, distance[down] + step(field, i, down, spatial, contrast));
                        if (x + 1 < width) {
                            best = Math.min(best, distance[down + 1] + step(field, i, down + 1, spatial * DIAGONAL, contrast));
                        }
                        if (x > 0) {
                            best = Math.min(best, distance[down - 1] + step(field, i, down - 1, spatial * DIAGONAL, contrast));
                        }
                    }
                    distance[i] = best;
                }
            }
        }
    }

    private static float step(float[][] field, int i, int j, float spatial, float contrast) {
        float s = 0;
        for (float[] f : field) {
            float v = f[i] - f[j];
            s += v * v;
        }
        return spatial + contrast * (float) Math.sqrt(s);
    }
}
