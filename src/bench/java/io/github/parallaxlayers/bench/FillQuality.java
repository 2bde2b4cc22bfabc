package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;

/**
 * Reconstruction measures for fills whose truth is known, on 8-bit RGB or grey plates: PSNR inside the hole and
 * over the whole image (all channels, peak 255), SSIM over the whole image (Wang et al. 2004, on BT.601 luma,
 * 11×11 Gaussian window σ = 1.5, K1 = 0.01, K2 = 0.03) and the texture-fidelity ratio — mean gradient magnitude
 * of the luma inside the hole, result over truth (central differences).
 */
final class FillQuality {
    private FillQuality() {
    }

    static double psnr(Plate truth, Plate result, Mask region) {
        double sum = 0;
        long count = 0;
        for (int c = 0; c < truth.channels(); c++) {
            for (int i = 0; i < truth.size(); i++) {
                if (region == null || region.get(i)) {
                    double d = truth.sample(c, i) - result.sample(c, i);
                    sum += d * d;
                    count++;
                }
            }
        }
        double mse = sum / count;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static double textureRatio(Plate truth, Plate result, Mask hole) {
        return meanGradient(luma(result), truth.width(), truth.height(), hole)
                / meanGradient(luma(truth), truth.width(), truth.height(), hole);
    }

    /**
     * Texture of the hole's surroundings against the truth's inside it: the mean luma gradient magnitude of the
     * known pixels within the hole's own depth (largest distance from a hole pixel to the known part) of it,
     * divided by that of the truth in the hole. What a fill as textured as its surroundings would score as texture
     * ratio; below 0.8 when the hole hides an object more detailed than what is around it.
     */
    static double surroundTextureRatio(Plate truth, Mask hole) {
        float[] inside = DistanceTransform.squaredToOutside(hole);
        float depth2 = 0;
        for (float d : inside) {
            depth2 = Math.max(depth2, d);
        }
        float[] outside = DistanceTransform.squaredToInside(hole);
        Mask ring = Mask.empty(truth.width(), truth.height());
        for (int i = 0; i < outside.length; i++) {
            ring.set(i, !hole.get(i) && outside[i] <= depth2);
        }
        float[] l = luma(truth);
        return meanGradient(l, truth.width(), truth.height(), ring)
                / meanGradient(l, truth.width(), truth.height(), hole);
    }

    static double ssim(Plate truth, Plate result) {
        int w = truth.width();
        int h = truth.height();
        float[] x = luma(truth);
        float[] y = luma(result);
        float[] mx = blur(x, w, h);
        float[] my = blur(y, w, h);
        float[] xx = new float[x.length];
        float[] yy = new float[x.length];
        float[] xy = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        float[] sxx = blur(xx, w, h);
        float[] syy = blur(yy, w, h);
        float[] sxy = blur(xy, w, h);
        double c1 = Math.pow(0.01 * 255, 2);
        double c2 = Math.pow(0.03 * 255, 2);
        double sum = 0;
        int count = 0;
        // Only windows wholly inside the image, as in the reference implementation ('valid' filtering).
        for (int r = 5; r < h - 5; r++) {
            for (int c = 5; c < w - 5; c++) {
                int i = r * w + c;
                double ux = mx[i];
                double uy = my[i];
                double vx = sxx[i] - ux * ux;
                double vy = syy[i] - uy * uy;
                double cov = sxy[i] - ux * uy;
                sum += ((2 * ux * uy + c1) * (2 * cov + c2)) / ((ux * ux + uy * uy + c1) * (vx + vy + c2));
                count++;
            }
        }
        return sum / count;
    }

    static float[] luma(Plate p) {
        float[] out = new float[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.channels() == 3
                    ? 0.299f * p.sample(0, i) + 0.587f * p.sample(1, i) + 0.114f * p.sample(2, i)
                    : p.sample(0, i);
        }
        return out;
    }

    private static double meanGradient(float[] v, int w, int h, Mask hole) {
        double sum = 0;
        long count = 0;
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                if (hole.get(i)) {
                    double gx = (v[i + 1] - v[i - 1]) * 0.5;
                    double gy = (v[i + w] - v[i - w]) * 0.5;
                    sum += Math.sqrt(gx * gx + gy * gy);
                    count++;
                }
            }
        }
        return sum / Math.max(1, count);
    }

    private static float[] blur(float[] v, int w, int h) {
        int radius = 5;
        float[] k = new float[2 * radius + 1];
        float total = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = (float) Math.exp(-(i * i) / (2 * 1.5 * 1.5));
            total += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= total;
        }
        float[] tmp = new float[v.length];
        float[] out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = radius; x < w - radius; x++) {
                float s = 0;
                for (int j = -radius; j <= radius; j++) {
                    s += k[j + radius] * v[y * w + x + j];
                }
                tmp[y * w + x] = s;
            }
        }
        for (int y = radius; y < h - radius; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                for (int j = -radius; j <= radius; j++) {
                    s += k[j + radius] * tmp[(y + j) * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }
}
