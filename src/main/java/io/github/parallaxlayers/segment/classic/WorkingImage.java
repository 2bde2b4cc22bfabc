package io.github.parallaxlayers.segment.classic;

/**
 * The plate as the graph cut sees it: unit-scaled channels area-averaged down to at most a given number of
 * pixels (the coarse level of the coarse-to-fine scheme), and the contrast constant β of the GrabCut smoothness
 * term, β = 1 / (2 ⟨‖I_p − I_q‖²⟩) over all 8-neighbour pairs.
 */
final class WorkingImage {
    final int width;
    final int height;
    /** Working pixels per full-resolution pixel along x and along y (≤ 1). */
    final double scaleX;
    final double scaleY;
    final float[][] channels;
    final double beta;

    private WorkingImage(int width, int height, double scaleX, double scaleY, float[][] channels) {
        this.width = width;
        this.height = height;
        this.scaleX = scaleX;
        this.scaleY = scaleY;
        this.channels = channels;
        this.beta = beta(width, height, channels);
    }

    static WorkingImage of(UnitPixels pixels, int fullWidth, int fullHeight, int maxPixels) {
        long n = (long) fullWidth * fullHeight;
        double s = n <= maxPixels ? 1 : Math.sqrt((double) maxPixels / n);
        int w = Math.max(1, Math.min(fullWidth, (int) Math.round(fullWidth * s)));
        int h = Math.max(1, Math.min(fullHeight, (int) Math.round(fullHeight * s)));
        int d = pixels.channels();
        float[][] channels = new float[d][w * h];
        int[] counts = new int[w * h];
        float[] value = new float[d];
        int[] columnOf = new int[fullWidth];
        for (int x = 0; x < fullWidth; x++) {
            columnOf[x] = (int) ((long) x * w / fullWidth);
        }
        for (int y = 0; y < fullHeight; y++) {
            int row = (int) ((long) y * h / fullHeight) * w;
            int source = y * fullWidth;
            for (int x = 0; x < fullWidth; x++) {
                pixels.read(source + x, value);
                int t = row + columnOf[x];
                counts[t]++;
                for (int c = 0; c < d; c++) {
                    channels[c][t] += value[c];
                }
            }
        }
        for (int c = 0; c < d; c++) {
            float[] ch = channels[c];
            for (int i = 0; i < ch.length; i++) {
                ch[i] /= counts[i];
            }
        }
        return new WorkingImage(w, h, (double) w / fullWidth, (double) h / fullHeight, channels);
    }

    int size() {
        return width * height;
    }

    double diagonal() {
        return Math.hypot(width, height);
    }

    /** Squared colour distance between pixels {@code i} and {@code j}. */
    float squaredDifference(int i, int j) {
        float s = 0;
        for (float[] ch : channels) {
            float v = ch[i] - ch[j];
            s += v * v;
        }
        return s;
    }

    private static double beta(int w, int h, float[][] channels) {
        double sum = 0;
        long pairs = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (x + 1 < w) {
                    sum += difference(channels, i, i + 1);
                    pairs++;
                }
                if (y + 1 < h) {
                    sum += difference(channels, i, i + w);
                    pairs++;
                    if (x + 1 < w) {
                        sum += difference(channels, i, i + w + 1);
                        pairs++;
                    }
                    if (x > 0) {
                        sum += difference(channels, i, i + w - 1);
                        pairs++;
                    }
                }
            }
        }
        return sum > 0 ? pairs / (2 * sum) : 0;
    }

    private static double difference(float[][] channels, int i, int j) {
        double s = 0;
        for (float[] ch : channels) {
            double v = ch[i] - ch[j];
            s += v * v;
        }
        return s;
    }
}
