package io.github.parallaxlayers.eval.views;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewMetricsTest {
    private static int grey(int v) {
        return v << 16 | v << 8 | v;
    }

    private static boolean[] all(int n) {
        boolean[] m = new boolean[n];
        Arrays.fill(m, true);
        return m;
    }

    @Test
    void psnrOfAConstantOffsetOfTenIs28Point13Db() {
        int[] a = new int[12];
        int[] b = new int[12];
        for (int i = 0; i < a.length; i++) {
            a[i] = grey(100 + i);
            b[i] = grey(110 + i);
        }
        // MSE = 100 on every sample: 10 log10(65025 / 100) = 28.1308 dB
        assertEquals(28.1308, ViewMetrics.psnr(a, b, all(12)), 1e-4);
    }

    @Test
    void psnrCountsOnlyTheChosenPixelsAndEveryChannel() {
        int[] a = {0x000000, 0x000000, 0x000000, 0x000000};
        int[] b = {0x300000, 0x000000, 0x000000, 0x000000}; // red off by 48 at pixel 0
        boolean[] firstTwo = {true, true, false, false};
        // samples: 6, squared error 48² = 2304 once: MSE 384, PSNR = 10 log10(65025 / 384) = 22.2875
        assertEquals(22.2875, ViewMetrics.psnr(a, b, firstTwo), 1e-4);
        assertEquals(Double.POSITIVE_INFINITY, ViewMetrics.psnr(a, b, new boolean[] {false, true, true, true}));
        assertTrue(Double.isNaN(ViewMetrics.psnr(a, b, new boolean[4])));
    }

    @Test
    void ssimOfFlatImagesIsTheLuminanceTermAlone() {
        int w = 20;
        int h = 15;
        int[] a = new int[w * h];
        int[] b = new int[w * h];
        Arrays.fill(a, grey(100));
        Arrays.fill(b, grey(110));
        // no variance: SSIM = (2·100·110 + C1) / (100² + 110² + C1), C1 = (0.01·255)² = 6.5025
        double expected = (2 * 100 * 110 + 6.5025) / (100 * 100 + 110 * 110 + 6.5025);
        assertEquals(expected, ViewMetrics.ssim(a, b, w, h, all(w * h)), 1e-9);
        assertEquals(1.0, ViewMetrics.ssim(a, a, w, h, all(w * h)), 1e-12);
    }

    @Test
    void ssimMapMatchesADirectElevenByElevenGaussianWindow() {
        int w = 31;
        int h = 27;
        int[] a = new int[w * h];
        int[] b = new int[w * h];
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < a.length; i++) {
            int v = random.nextInt(256);
            a[i] = grey(v);
            b[i] = grey(Math.max(0, Math.min(255, v / 2 + 40 + random.nextInt(30))));
        }
        double[] map = ViewMetrics.ssimMap(a, b, w, h);
        for (int[] p : new int[][] {{15, 13}, {0, 0}, {30, 5}}) {
            double[] s = new double[6]; // weight, mx, my, mxx, myy, mxy
            for (int dy = -5; dy <= 5; dy++) {
                for (int dx = -5; dx <= 5; dx++) {
                    int x = p[0] + dx;
                    int y = p[1] + dy;
                    if (x < 0 || y < 0 || x >= w || y >= h) {
                        continue;
                    }
                    double g = Math.exp(-(dx * dx + dy * dy) / (2 * 1.5 * 1.5));
                    double u = a[y * w + x] & 255;
                    double v = b[y * w + x] & 255;
                    s[0] += g;
                    s[1] += g * u;
                    s[2] += g * v;
                    s[3] += g * u * u;
                    s[4] += g * v * v;
                    s[5] += g * u * v;
                }
            }
            double mx = s[1] / s[0];
            double my = s[2] / s[0];
            double vx = s[3] / s[0] - mx * mx;
            double vy = s[4] / s[0] - my * my;
            double cov = s[5] / s[0] - mx * my;
            double c1 = 6.5025;
            double c2 = 58.5225;
            double expected = (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
            assertEquals(expected, map[p[1] * w + p[0]], 1e-6, "pixel " + p[0] + "," + p[1]);
        }
    }

    @Test
    void ssimOverAMaskAveragesTheMapThere() {
        int w = 24;
        int h = 24;
        int[] a = new int[w * h];
        int[] b = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                a[y * w + x] = grey((x + y) % 2 == 0 ? 40 : 200);
                b[y * w + x] = x < 12 ? a[y * w + x] : grey((x + y) % 2 == 0 ? 200 : 40); // right half inverted
            }
        }
        boolean[] left = new boolean[w * h];
        boolean[] right = new boolean[w * h];
        for (int i = 0; i < left.length; i++) {
            left[i] = i % w < 4;
            right[i] = i % w >= 20;
        }
        assertEquals(1.0, ViewMetrics.ssim(a, b, w, h, left), 1e-9);
        assertTrue(ViewMetrics.ssim(a, b, w, h, right) < -0.9, "an inverted checkerboard is anti-correlated");
    }
}
