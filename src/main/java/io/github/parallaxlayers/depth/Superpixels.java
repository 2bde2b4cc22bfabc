package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.core.ProgressListener;

/**
 * SLIC superpixels (Achanta et al., "SLIC Superpixels Compared to State-of-the-Art Superpixel Methods", IEEE
 * TPAMI 34(11), 2012) over colour, position and optionally inverse depth: k-means restricted to a 2S × 2S window
 * around each centre. Colour makes region borders follow object edges; a depth weight above 0 also keeps a region
 * from straddling a depth step between two similarly coloured surfaces, but lets a depth map that bleeds past an
 * occluder's outline (as network depth does) pull the regions along with it.
 *
 * <p>Each pixel compares itself with the centres seeded in the 3 × 3 grid cells around it (a centre moves less
 * than a cell in practice), which makes the assignment step a parallel loop over rows.
 */
final class Superpixels {
    private Superpixels() {
    }

    /**
     * @param channels    colour channels scaled to about 0–1 (1 or 3), row by row
     * @param depth       inverse depth scaled to 0–1, no unknown pixels
     * @param step        grid step S in pixels (region size)
     * @param compactness weight of position against colour: a distance of S counts like a colour difference of
     *                    this much
     * @param depthWeight weight of a squared depth difference against a squared colour difference
     * @return a region label per pixel, 0 … regions − 1 (labels of centres that lost every pixel stay unused)
     */
    static int[] labels(float[][] channels, float[] depth, int width, int height, int step, float compactness,
                        float depthWeight, int iterations, ProgressListener progress) {
        int gridX = (width + step - 1) / step;
        int gridY = (height + step - 1) / step;
        int centres = gridX * gridY;
        int features = channels.length + 1;
        float[] cx = new float[centres];
        float[] cy = new float[centres];
        float[] cf = new float[centres * features];
        for (int gy = 0; gy < gridY; gy++) {
            for (int gx = 0; gx < gridX; gx++) {
                int c = gy * gridX + gx;
                int x = Math.min(width - 1, gx * step + step / 2);
                int y = Math.min(height - 1, gy * step + step / 2);
                cx[c] = x;
                cy[c] = y;
                int i = y * width + x;
                for (int f = 0; f < channels.length; f++) {
                    cf[c * features + f] = channels[f][i];
                }
                cf[c * features + channels.length] = depth[i];
            }
        }
        int[] label = new int[width * height];
        float spatial = compactness * compactness / ((float) step * step);
        double[] sums = new double[centres * (features + 3)];
        for (int it = 0; it < iterations; it++) {
            progress.checkCancelled();
            progress.progress((double) it / iterations, "superpixels");
            Parallel.rows(height, (from, to) -> assign(channels, depth, width, step, gridX, gridY, cx, cy, cf,
                    spatial, depthWeight, label, from, to));
            java.util.Arrays.fill(sums, 0);
            int stride = features + 3;
            for (int y = 0, i = 0; y < height; y++) {
                for (int x = 0; x < width; x++, i++) {
                    int base = label[i] * stride;
                    sums[base] += x;
                    sums[base + 1] += y;
                    for (int f = 0; f < channels.length; f++) {
                        sums[base + 2 + f] += channels[f][i];
                    }
                    sums[base + 2 + channels.length] += depth[i];
                    sums[base + stride - 1]++;
                }
            }
            for (int c = 0; c < centres; c++) {
                int base = c * stride;
                double n = sums[base + stride - 1];
                if (n > 0) {
                    cx[c] = (float) (sums[base] / n);
                    cy[c] = (float) (sums[base + 1] / n);
                    for (int f = 0; f < features; f++) {
                        cf[c * features + f] = (float) (sums[base + 2 + f] / n);
                    }
                }
            }
        }
        return label;
    }

    private static void assign(float[][] channels, float[] depth, int width, int step, int gridX, int gridY,
                               float[] cx, float[] cy, float[] cf, float spatial, float depthWeight, int[] label, int fromRow,
                               int toRow) {
        int colours = channels.length;
        int features = colours + 1;
        for (int y = fromRow; y < toRow; y++) {
            int gy = y / step;
            int y0 = Math.max(0, gy - 1);
            int y1 = Math.min(gridY - 1, gy + 1);
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                int gx = x / step;
                int x0 = Math.max(0, gx - 1);
                int x1 = Math.min(gridX - 1, gx + 1);
                float d = depth[i];
                float best = Float.POSITIVE_INFINITY;
                int arg = gy * gridX + gx;
                for (int ny = y0; ny <= y1; ny++) {
                    for (int nx = x0; nx <= x1; nx++) {
                        int c = ny * gridX + nx;
                        float dx = x - cx[c];
                        float dy = y - cy[c];
                        int fb = c * features;
                        float dd = d - cf[fb + colours];
                        float dist = spatial * (dx * dx + dy * dy) + depthWeight * dd * dd;
                        for (int f = 0; f < colours; f++) {
                            float dc = channels[f][i] - cf[fb + f];
                            dist += dc * dc;
                        }
                        if (dist < best) {
                            best = dist;
                            arg = c;
                        }
                    }
                }
                label[i] = arg;
            }
        }
    }
}
