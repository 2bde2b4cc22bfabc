package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Synthetic composites with known foreground F and background B (I = αF + (1 − α)B, soft edges 2–20 px): the
 * layer carried over a new background N. Today a layer's colour is the plate's, I, so its edge shows α·I + (1 − α)N,
 * with the old background inside I; decontaminated it shows α·F̂ + (1 − α)N. The error against the truth
 * α·F + (1 − α)N in the edge band (0 < α < 1) must at least halve.
 */
class ForegroundEstimationTest {
    static final int W = 160;
    static final int H = 120;

    /** F: a warm gradient; B: a cool, textured background; alpha: a disc with a linear soft edge of {@code soft} px. */
    static float[][][] scene(double soft) {
        float[][] f = new float[3][W * H];
        float[][] b = new float[3][W * H];
        float[] alpha = new float[W * H];
        float[][] image = new float[3][W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                f[0][i] = 0.85f - 0.2f * x / W;
                f[1][i] = 0.55f + 0.2f * y / H;
                f[2][i] = 0.15f;
                b[0][i] = 0.1f + 0.05f * (float) Math.sin(x * 0.3);
                b[1][i] = 0.3f + 0.1f * (float) Math.cos(y * 0.2);
                b[2][i] = 0.8f;
                double d = Math.hypot(x - W / 2.0, y - H / 2.0);
                alpha[i] = (float) Math.max(0, Math.min(1, (40 - d) / soft + 0.5));
                for (int c = 0; c < 3; c++) {
                    image[c][i] = alpha[i] * f[c][i] + (1 - alpha[i]) * b[c][i];
                }
            }
        }
        return new float[][][] {f, b, {alpha}, image};
    }

    /** Mean absolute error, over edge pixels and channels, of the layer over N against the truth. */
    static double edgeError(float[][] layerColour, float[][] f, float[] alpha, float[] newBackground) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < W * H; i++) {
            if (alpha[i] <= 0 || alpha[i] >= 1) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                double shown = alpha[i] * layerColour[c][i] + (1 - alpha[i]) * newBackground[c];
                double truth = alpha[i] * f[c][i] + (1 - alpha[i]) * newBackground[c];
                sum += Math.abs(shown - truth);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void edgeColourErrorOverANewBackgroundAtLeastHalves() {
        float[] grass = {0.2f, 0.7f, 0.1f};
        for (double soft : new double[] {2, 5, 10, 20}) {
            float[][][] s = scene(soft);
            float[][] estimated = ForegroundEstimation.foreground(s[3], s[2][0], W, H, ProgressListener.NONE);
            double today = edgeError(s[3], s[0], s[2][0], grass);
            double decontaminated = edgeError(estimated, s[0], s[2][0], grass);
            System.out.printf(Locale.ROOT, "soft edge %2.0f px: edge error today %.4f, decontaminated %.4f (%.1f×)%n",
                    soft, today, decontaminated, today / decontaminated);
            assertTrue(decontaminated * 2 <= today, "soft " + soft + ": " + decontaminated + " vs " + today);
        }
    }

    @Test
    void opaquePixelsKeepTheirColour() {
        float[][][] s = scene(6);
        float[][] estimated = ForegroundEstimation.foreground(s[3], s[2][0], W, H, ProgressListener.NONE);
        int centre = H / 2 * W + W / 2;
        for (int c = 0; c < 3; c++) {
            assertEquals(s[3][c][centre], estimated[c][centre], 1e-4);
        }
    }
}
