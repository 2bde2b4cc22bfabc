package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.segment.geodesic.GeodesicDistance;

import java.util.Arrays;
import java.util.Random;

/**
 * The geodesic distance (raster scans over the 8-neighbourhood, segment.geodesic) on a 1920x1080 three-channel
 * field with 8 seeds: the median of 7 runs after one warm-up. At commit a2e8f34 this program also timed the
 * exact Dijkstra it replaced (issue 14). Run: scripts/bench.sh GeodesicDistanceBenchmark
 */
public final class GeodesicDistanceBenchmark {
    private GeodesicDistanceBenchmark() {
    }

    public static void main(String[] args) {
        int w = 1920;
        int h = 1080;
        int n = w * h;
        Random random = new Random(1);
        float[][] field = new float[3][n];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < n; i++) {
                field[c][i] = ((i % w) / 300 + (i / w) / 200 + c) % 3 * 0.3f + random.nextFloat() * 0.05f;
            }
        }
        float[][] costs = GeodesicDistance.stepCosts(w, h, field, 1f, 60f);
        boolean[] seeds = new boolean[n];
        for (int k = 0; k < 8; k++) {
            seeds[random.nextInt(n)] = true;
        }
        double[] runs = new double[8];
        for (int rep = 0; rep < runs.length; rep++) {
            long t0 = System.nanoTime();
            GeodesicDistance.from(seeds, w, h, costs);
            runs[rep] = (System.nanoTime() - t0) / 1e6;
        }
        double[] timed = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(timed);
        System.out.printf("1920x1080, 8 seeds, median of 7 after a warm-up: raster scans %.0f ms%n",
                timed[timed.length / 2]);
    }
}
