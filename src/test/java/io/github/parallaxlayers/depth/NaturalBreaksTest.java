package io.github.parallaxlayers.depth;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NaturalBreaksTest {

    @Test
    void threeSeparatedGroupsHandComputed() {
        float[] values = {1, 2, 3, 10, 11, 12, 30, 31, Float.NaN};
        NaturalBreaks.Breaks b = NaturalBreaks.histogram(values, 1024).classify(3);
        assertArrayEquals(new float[] {3, 12}, b.thresholds());
        assertArrayEquals(new double[] {2, 11, 30.5}, b.means(), 1e-9);
        assertArrayEquals(new double[] {3, 3, 2}, b.counts());
        assertEquals(2 + 2 + 0.5, b.withinSse(), 1e-9); // (1+0+1) + (1+0+1) + (0.25+0.25)
        assertEquals(0, b.classOf(3f));
        assertEquals(1, b.classOf(3.5f));
        assertEquals(2, b.classOf(100f));
    }

    @Test
    void fewerDistinctValuesThanClassesGivesOneClassEach() {
        NaturalBreaks.Breaks b = NaturalBreaks.histogram(new float[] {5, 5, 7}, 64).classify(4);
        assertEquals(2, b.classes());
        assertArrayEquals(new double[] {5, 7}, b.means(), 1e-9);
    }

    /** With one value per bin the DP must equal the best of every split of the sorted values. */
    @Test
    void matchesBruteForceOverAllSplits() {
        Random random = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int n = 5 + random.nextInt(8);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(1000); // integers on a 1000-bin histogram over at most 0..999
            }
            Arrays.sort(values);
            // distinct integer values land in distinct bins when bins >= range + 1
            NaturalBreaks histogram = NaturalBreaks.histogram(values, 4096);
            for (int k = 1; k <= 4; k++) {
                double dp = histogram.classify(k).withinSse();
                int distinct = (int) Arrays.stream(toDouble(values)).distinct().count();
                assertEquals(bruteForce(values, Math.min(k, distinct)), dp, 1e-6, "trial " + trial + " k " + k);
            }
        }
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    /** Least SSE over every way to cut sorted values into k non-empty runs, never cutting between equal values. */
    private static double bruteForce(float[] sorted, int k) {
        return best(sorted, 0, k);
    }

    private static double best(float[] s, int from, int k) {
        if (k == 1) {
            return sse(s, from, s.length);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int cut = from + 1; cut <= s.length - 1; cut++) {
            if (s[cut] == s[cut - 1]) {
                continue;
            }
            best = Math.min(best, sse(s, from, cut) + best(s, cut, k - 1));
        }
        return best;
    }

    private static double sse(float[] s, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += s[i];
        }
        mean /= to - from;
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (s[i] - mean) * (s[i] - mean);
        }
        return e;
    }
}
