package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

/**
 * Hides the seam left where a fill made at a lower resolution meets the full-resolution plate. The pixels outside
 * the hole must stay bit-identical, so the feather lives inside the hole: each hole pixel within {@code radius}
 * of the known region is shifted by the local mean of (plate − upsampled fill) over the known pixels around it,
 * with full weight next to the boundary, fading linearly to none at {@code radius + 1} px.
 */
final class SeamFeather {
    private SeamFeather() {
    }

    static void apply(RgbImage original, RgbImage result, byte[] hole, int radius) {
        if (radius <= 0) {
            return;
        }
        int w = original.width();
        int h = original.height();
        float[] d2 = DistanceTransform.squaredToOutside(Mask.wrap(w, h, hole));
        float[][] o = original.channels();
        float[][] r = result.channels();
        float limit = (radius + 1f) * (radius + 1f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (hole[i] == 0 || d2[i] >= limit) {
                    continue;
                }
                float weight = 1f - ((float) Math.sqrt(d2[i]) - 1f) / radius;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                int count = 0;
                for (int yy = Math.max(0, y - radius); yy <= Math.min(h - 1, y + radius); yy++) {
                    for (int xx = Math.max(0, x - radius); xx <= Math.min(w - 1, x + radius); xx++) {
                        int j = yy * w + xx;
                        if (hole[j] == 0) {
                            s0 += o[0][j] - r[0][j];
                            s1 += o[1][j] - r[1][j];
                            s2 += o[2][j] - r[2][j];
                            count++;
                        }
                    }
                }
                if (count > 0) {
                    float k = weight / count;
                    r[0][i] += (float) (s0 * k);
                    r[1][i] += (float) (s1 * k);
                    r[2][i] += (float) (s2 * k);
                }
            }
        }
    }
}
