package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.mask.ChebyshevDilation;
import io.github.parallaxlayers.mask.Mask;

/**
 * The fine level of the coarse-to-fine scheme (Lombaert, Sun, Grady and Xu, "A Multilevel Banded Graph Cuts
 * Method for Fast Image Segmentation", ICCV 2005): the working-grid labels are upsampled bilinearly, and only a
 * narrow band around the upsampled boundary is cut again at full resolution with the same energy. Pixels outside
 * the band keep their upsampled label and enter the band's graph as fixed neighbours, so the cost and the
 * memory grow with the boundary length, not with the plate's area.
 */
final class BandRefiner {
    private final int width;
    private final int height;
    private final UnitPixels pixels;
    private final WorkingImage work;
    private final ClassicSettings settings;
    private final TermWeights weights;

    BandRefiner(int width, int height, UnitPixels pixels, WorkingImage work, ClassicSettings settings, double beta) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.work = work;
        this.settings = settings;
        this.weights = new TermWeights(settings.smoothness(), beta);
    }

    /** Full-resolution 0/255 labels from working-grid 0/1 labels and the final round's models and terms. */
    byte[] refine(byte[] coarse, GaussianMixture object, GaussianMixture background, float[] extraObject,
                  float[] extraBackground, Mask previous, HardConstraints hard) {
        int n = width * height;
        byte[] out = new byte[n];
        byte[] band = new byte[n];
        upsample(coarse, out, band);
        dilate(band, settings.bandRadius());

        int[] node = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            node[i] = band[i] != 0 ? count++ : -1;
        }
        if (count == 0) {
            return out;
        }
        int[] pixelOf = new int[count];
        for (int i = 0; i < n; i++) {
            if (node[i] >= 0) {
                pixelOf[node[i]] = i;
            }
        }
        MaxFlow graph = new MaxFlow(count, 4 * count);
        int d = pixels.channels();
        float[] colour = new float[d];
        float[] other = new float[d];
        double[] x64 = new double[d];
        float cap = (float) settings.colourCap();
        float prior = (float) settings.previousWeight();
        byte[] previousData = previous == null ? null : previous.data();
        for (int k = 0; k < count; k++) {
            int i = pixelOf[k];
            int x = i % width;
            int y = i / width;
            byte fixed = hard.at(x, y);
            if (fixed == HardConstraints.OBJECT) {
                graph.addTerminal(k, TermWeights.HARD, 0);
            } else if (fixed == HardConstraints.BACKGROUND) {
                graph.addTerminal(k, 0, TermWeights.HARD);
            } else {
                pixels.read(i, colour);
                for (int c = 0; c < d; c++) {
                    x64[c] = colour[c];
                }
                float toObject = (float) Math.min(cap, object.negativeLog(x64));
                float toBackground = (float) Math.min(cap, background.negativeLog(x64));
                int wi = workIndex(x, y);
                toObject += extraObject[wi];
                toBackground += extraBackground[wi];
                if (previousData != null) {
                    if (previousData[i] != 0) {
                        toBackground += prior;
                    } else {
                        toObject += prior;
                    }
                }
                float m = Math.min(toObject, toBackground);
                graph.addTerminal(k, toBackground - m, toObject - m);
            }
            pixels.read(i, colour);
            for (int dy = -1; dy <= 1; dy++) {
                int ny = y + dy;
                if (ny < 0 || ny >= height) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    if (nx < 0 || nx >= width || (dx == 0 && dy == 0)) {
                        continue;
                    }
                    int j = ny * width + nx;
                    int neighbour = node[j];
                    if (neighbour >= 0 && neighbour < k) {
                        continue; // that pair was added from the neighbour's side
                    }
                    pixels.read(j, other);
                    float sq = UnitPixels.squared(colour, other);
                    float c = dx != 0 && dy != 0 ? weights.diagonal(sq) : weights.straight(sq);
                    if (neighbour >= 0) {
                        graph.addEdge(k, neighbour, c, c);
                    } else if (out[j] != 0) {
                        graph.addTerminal(k, c, 0); // disagreeing with an object neighbour costs c
                    } else {
                        graph.addTerminal(k, 0, c);
                    }
                }
            }
        }
        graph.solve();
        for (int k = 0; k < count; k++) {
            out[pixelOf[k]] = graph.isSource(k) ? Mask.ON : 0;
        }
        return out;
    }

    private int workIndex(int x, int y) {
        int wx = Math.min(work.width - 1, (int) ((x + 0.5) * work.scaleX));
        int wy = Math.min(work.height - 1, (int) ((y + 0.5) * work.scaleY));
        return wy * work.width + wx;
    }

    /** Bilinear upsampling of 0/1 labels: {@code out} gets the thresholded label, {@code band} the blurred zone. */
    private void upsample(byte[] coarse, byte[] out, byte[] band) {
        int cw = work.width;
        int ch = work.height;
        int[] x0 = new int[width];
        float[] fx = new float[width];
        for (int x = 0; x < width; x++) {
            double sx = Math.max(0, Math.min(cw - 1, (x + 0.5) * work.scaleX - 0.5));
            x0[x] = Math.min(cw - 2 < 0 ? 0 : cw - 2, (int) sx);
            fx[x] = (float) (sx - x0[x]);
        }
        for (int y = 0; y < height; y++) {
            double sy = Math.max(0, Math.min(ch - 1, (y + 0.5) * work.scaleY - 0.5));
            int y0 = Math.min(ch - 2 < 0 ? 0 : ch - 2, (int) sy);
            int y1 = Math.min(ch - 1, y0 + 1);
            float fy = (float) (sy - y0);
            int r0 = y0 * cw;
            int r1 = y1 * cw;
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int a = x0[x];
                int b = Math.min(cw - 1, a + 1);
                float f = fx[x];
                float top = coarse[r0 + a] + f * (coarse[r0 + b] - coarse[r0 + a]);
                float bottom = coarse[r1 + a] + f * (coarse[r1 + b] - coarse[r1 + a]);
                float v = top + fy * (bottom - top);
                if (v >= 0.5f) {
                    out[row + x] = Mask.ON;
                }
                if (v > 0f && v < 1f) {
                    band[row + x] = 1;
                }
            }
        }
    }

    /** Grows the band by {@code radius} pixels (square neighbourhood, two separable passes). */
    private void dilate(byte[] band, int radius) {
        if (radius <= 0) {
            return;
        }
        boolean[] near = ChebyshevDilation.within(band, width, height, radius);
        for (int i = 0; i < band.length; i++) {
            band[i] = (byte) (near[i] ? 1 : 0);
        }
    }
}
