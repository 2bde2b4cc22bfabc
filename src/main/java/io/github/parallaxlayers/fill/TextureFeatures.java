package io.github.parallaxlayers.fill;

/**
 * Texture features for the patch distance (A. Newson, A. Almansa, M. Fradet, Y. Gousseau, P. Pérez, "Video
 * Inpainting of Complex Scenes", SIAM J. Imaging Sciences 7(4), 2014, §4): the local mean of |∂I/∂x| and
 * |∂I/∂y| of the luma, appended to the colour channels. Without them a blurred estimate inside the hole is
 * closer (in plain colour distance) to a flat source patch than to any misaligned textured one, so the fill
 * collapses to smooth colour; with them a textured region can only be matched by a textured source.
 */
final class TextureFeatures {
    /** How many channels {@link #append} adds after the colours. */
    static final int CHANNELS = 2;

    private TextureFeatures() {
    }

    /**
     * Rec. 601 luma of {@code n} interleaved pixels of {@code stride} floats whose first {@code colours} are colour
     * (the first one is taken as grey when there are fewer than three).
     */
    static float[] luma(float[] image, int n, int stride, int colours) {
        float[] luma = new float[n];
        for (int i = 0; i < n; i++) {
            int o = i * stride;
            luma[i] = colours >= 3 ? 0.299f * image[o] + 0.587f * image[o + 1] + 0.114f * image[o + 2] : image[o];
        }
        return luma;
    }

    /**
     * A copy of the interleaved {@code image} with two more channels per pixel: the known-pixel mean of the
     * absolute luma differences over a (2·window + 1)² box, times {@code weight}. Hole pixels get 0 (the fill
     * reconstructs them like colour).
     */
    static float[] append(float[] image, int w, int h, int nc, byte[] hole, int window, float weight) {
        int n = w * h;
        float[] luma = luma(image, n, nc, nc);
        float[] gx = new float[n];
        float[] gy = new float[n];
        byte[] valid = new byte[n];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hole[i] != 0) {
                    continue;
                }
                boolean okX = x + 1 < w && hole[i + 1] == 0;
                boolean okY = y + 1 < h && hole[i + w] == 0;
                if (okX && okY) {
                    gx[i] = Math.abs(luma[i + 1] - luma[i]);
                    gy[i] = Math.abs(luma[i + w] - luma[i]);
                    valid[i] = 1;
                }
            }
        }
        float[] mx = boxMeanOfValid(gx, valid, w, h, window);
        float[] my = boxMeanOfValid(gy, valid, w, h, window);
        int nc2 = nc + 2;
        float[] out = new float[n * nc2];
        for (int i = 0; i < n; i++) {
            System.arraycopy(image, i * nc, out, i * nc2, nc);
            if (hole[i] == 0) {
                out[i * nc2 + nc] = weight * mx[i];
                out[i * nc2 + nc + 1] = weight * my[i];
            }
        }
        return out;
    }

    /** Mean of {@code v} over the valid pixels of each box, by summed-area tables (0 where none is valid). */
    private static float[] boxMeanOfValid(float[] v, byte[] valid, int w, int h, int r) {
        double[] sum = new double[(w + 1) * (h + 1)];
        int[] cnt = new int[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double rowSum = 0;
            int rowCnt = 0;
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (valid[i] != 0) {
                    rowSum += v[i];
                    rowCnt++;
                }
                int k = (y + 1) * (w + 1) + x + 1;
                sum[k] = sum[k - (w + 1)] + rowSum;
                cnt[k] = cnt[k - (w + 1)] + rowCnt;
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - r);
            int y1 = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w, x + r + 1);
                int a = y1 * (w + 1) + x1;
                int b = y0 * (w + 1) + x1;
                int c = y1 * (w + 1) + x0;
                int d = y0 * (w + 1) + x0;
                int n = cnt[a] - cnt[b] - cnt[c] + cnt[d];
                out[y * w + x] = n == 0 ? 0f : (float) ((sum[a] - sum[b] - sum[c] + sum[d]) / n);
            }
        }
        return out;
    }
}
