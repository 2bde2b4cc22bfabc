package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast boundary metrics against direct, quadratic-time definitions on random masks. */
class MaskMetricsBruteForceTest {

    @Test
    void boundaryMetricsMatchDirectDefinitions() {
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            int w = 3 + random.nextInt(30);
            int h = 3 + random.nextInt(30);
            Mask p = blobs(w, h, random);
            Mask g = blobs(w, h, random);
            Mask ignore = random.nextBoolean() ? null : blobs(w, h, random);
            int tolerance = random.nextInt(4);
            int width = 1 + random.nextInt(3);
            assertEquals(bruteBand(p, width), MaskMetrics.innerBand(p, width), "band, trial " + trial);
            assertEquals(bruteBoundaryF(p, g, ignore, tolerance), MaskMetrics.boundaryF(p, g, ignore, tolerance),
                    1e-12, "boundary F, trial " + trial);
        }
    }

    private static Mask blobs(int w, int h, Random random) {
        Mask m = Mask.empty(w, h);
        int n = random.nextInt(4);
        for (int b = 0; b < n; b++) {
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int r = 1 + random.nextInt(Math.max(1, Math.min(w, h) / 2));
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                        m.set(x, y, true);
                    }
                }
            }
        }
        return m;
    }

    /** Inside pixels with an outside pixel or a frame position within chessboard distance {@code width}. */
    private static Mask bruteBand(Mask m, int width) {
        Mask band = Mask.empty(m.width(), m.height());
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                if (!m.get(x, y)) {
                    continue;
                }
                boolean near = false;
                for (int dy = -width; dy <= width && !near; dy++) {
                    for (int dx = -width; dx <= width && !near; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        near = nx < 0 || ny < 0 || nx >= m.width() || ny >= m.height() || !m.get(nx, ny);
                    }
                }
                band.set(x, y, near);
            }
        }
        return band;
    }

    private static double bruteBoundaryF(Mask p, Mask g, Mask ignore, int tolerance) {
        Mask bp = MaskMetrics.seg2bmap(p);
        Mask bg = MaskMetrics.seg2bmap(g);
        if (ignore != null) {
            for (int i = 0; i < bp.size(); i++) {
                if (ignore.get(i)) {
                    bp.set(i, false);
                    bg.set(i, false);
                }
            }
        }
        int np = bp.count();
        int ng = bg.count();
        if (np == 0 && ng == 0) {
            return 1;
        }
        if (np == 0 || ng == 0) {
            return 0;
        }
        double precision = matchedBrute(bp, bg, tolerance) / (double) np;
        double recall = matchedBrute(bg, bp, tolerance) / (double) ng;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static int matchedBrute(Mask a, Mask b, int tolerance) {
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i)) {
                continue;
            }
            int x = i % a.width();
            int y = i / a.width();
            boolean found = false;
            for (int j = 0; j < b.size() && !found; j++) {
                int dx = j % b.width() - x;
                int dy = j / b.width() - y;
                found = b.get(j) && dx * dx + dy * dy <= tolerance * tolerance;
            }
            if (found) {
                n++;
            }
        }
        return n;
    }
}
