package io.github.parallaxlayers.fill.learned;

/**
 * Resizing between plate and network sizes. Colours: bilinear with pixel centres aligned (align_corners =
 * false, as PyTorch and PIL), averaged over the source footprint when shrinking so a 4K plate seen at 512 px does
 * not alias. Holes: a network pixel is a hole when any plate pixel under it is, so the network never treats
 * foreground colours as known context.
 */
final class Resampling {
    private Resampling() {
    }

    static RgbImage resize(RgbImage image, int width, int height) {
        if (image.width() == width && image.height() == height) {
            return image;
        }
        RgbImage out = RgbImage.blank(width, height);
        for (int c = 0; c < 3; c++) {
            float[] rows = resizeAxis(image.channels()[c], image.width(), image.height(), width, true);
            out.channels()[c] = resizeAxis(rows, width, image.height(), height, false);
        }
        return out;
    }

    /**
     * One axis: horizontal ({@code alongRows}) turns a w × h image into target × h, vertical turns w × h into
     * w × target. Each output sample is the mean of the linear interpolant over its footprint when shrinking
     * (a tent of half-width = scale), plain linear interpolation when growing.
     */
    private static float[] resizeAxis(float[] in, int w, int h, int target, boolean alongRows) {
        int length = alongRows ? w : h;
        int[] first = new int[target];
        float[][] weights = new float[target][];
        double scale = (double) length / target;
        double support = Math.max(1.0, scale);
        for (int t = 0; t < target; t++) {
            double centre = (t + 0.5) * scale - 0.5;
            int lo = (int) Math.floor(centre - support) + 1;
            int hi = (int) Math.ceil(centre + support) - 1;
            lo = Math.min(lo, (int) Math.floor(centre));
            hi = Math.max(hi, (int) Math.ceil(centre));
            float[] wt = new float[hi - lo + 1];
            double sum = 0;
            for (int s = lo; s <= hi; s++) {
                double v = Math.max(0, 1 - Math.abs(s - centre) / support);
                wt[s - lo] = (float) v;
                sum += v;
            }
            // Taps beyond the edge are folded onto the edge sample (clamp-to-edge).
            float[] folded = new float[hi - lo + 1];
            int clampedLo = Math.max(0, lo);
            for (int s = lo; s <= hi; s++) {
                int src = Math.min(length - 1, Math.max(0, s));
                folded[src - clampedLo] += (float) (wt[s - lo] / sum);
            }
            int clampedHi = Math.min(length - 1, hi);
            first[t] = clampedLo;
            float[] trimmed = new float[Math.max(1, clampedHi - clampedLo + 1)];
            System.arraycopy(folded, 0, trimmed, 0, trimmed.length);
            weights[t] = trimmed;
        }
        if (!alongRows) {
            return resizeColumns(in, w, target, first, weights);
        }
        float[] out = new float[target * h];
        for (int line = 0; line < h; line++) {
            int inBase = line * w;
            int outBase = line * target;
            for (int t = 0; t < target; t++) {
                float[] wt = weights[t];
                int src = inBase + first[t];
                float acc = 0;
                for (int k = 0; k < wt.length; k++) {
                    acc += wt[k] * in[src + k];
                }
                out[outBase + t] = acc;
            }
        }
        return out;
    }

    /**
     * The vertical pass a whole row at a time: walking down columns tap by tap touched a new cache line per
     * multiply and took most of a crop's pre/post time. Each sample still sums its taps in the same order, so the
     * result is bit-identical to the column walk.
     */
    private static float[] resizeColumns(float[] in, int w, int target, int[] first, float[][] weights) {
        float[] out = new float[w * target];
        for (int t = 0; t < target; t++) {
            float[] wt = weights[t];
            int outBase = t * w;
            for (int k = 0; k < wt.length; k++) {
                float weight = wt[k];
                int src = (first[t] + k) * w;
                for (int x = 0; x < w; x++) {
                    out[outBase + x] += weight * in[src + x];
                }
            }
        }
        return out;
    }

    /** Hole (non-zero) at width × height wherever any source pixel under the target pixel is a hole. */
    static byte[] holeCovering(byte[] hole, int w, int h, int width, int height) {
        if (w == width && h == height) {
            return hole;
        }
        byte[] out = new byte[width * height];
        for (int ty = 0; ty < height; ty++) {
            int y0 = (int) ((long) ty * h / height);
            int y1 = Math.max(y0 + 1, (int) (((long) (ty + 1) * h + height - 1) / height));
            for (int tx = 0; tx < width; tx++) {
                int x0 = (int) ((long) tx * w / width);
                int x1 = Math.max(x0 + 1, (int) (((long) (tx + 1) * w + width - 1) / width));
                search:
                for (int y = y0; y < Math.min(h, y1); y++) {
                    for (int x = x0; x < Math.min(w, x1); x++) {
                        if (hole[y * w + x] != 0) {
                            out[ty * width + tx] = (byte) 255;
                            break search;
                        }
                    }
                }
            }
        }
        return out;
    }
}
