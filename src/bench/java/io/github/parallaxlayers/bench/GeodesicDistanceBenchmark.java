package io.github.parallaxlayers.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;

/**
 * The two geodesic distance implementations side by side on a 1920x1080 three-channel field with 8 seeds
 * (issue 14: keep the faster): raster scans over the 8-neighbourhood (segment.classic) and Dijkstra with a binary
 * heap over the 4-neighbourhood (segment.geodesic). Both are package-private, hence reflection. Prints the median
 * of 7 runs after one warm-up. Run: scripts/bench.sh GeodesicDistanceBenchmark
 */
public final class GeodesicDistanceBenchmark {
    private GeodesicDistanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
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
        Method steps = method("io.github.parallaxlayers.segment.classic.GeodesicDistance", "stepCosts",
                int.class, int.class, float[][].class, float.class, float.class);
        Method relax = method("io.github.parallaxlayers.segment.classic.GeodesicDistance", "relax",
                float[].class, int.class, int.class, float[][].class);
        Method dijkstra = method("io.github.parallaxlayers.segment.geodesic.GeodesicDistance", "from",
                boolean[].class, float[].class, float[].class, int.class, int.class);
        float[][] costs = (float[][]) steps.invoke(null, w, h, field, 1f, 60f);
        boolean[] seeds = new boolean[n];
        for (int k = 0; k < 8; k++) {
            seeds[random.nextInt(n)] = true;
        }
        double[] scans = new double[8];
        double[] heap = new double[8];
        for (int rep = 0; rep < 8; rep++) {
            float[] distance = new float[n];
            Arrays.fill(distance, Float.POSITIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if (seeds[i]) {
                    distance[i] = 0;
                }
            }
            long t0 = System.nanoTime();
            relax.invoke(null, distance, w, h, costs);
            long t1 = System.nanoTime();
            dijkstra.invoke(null, seeds, costs[0], costs[1], w, h);
            long t2 = System.nanoTime();
            scans[rep] = (t1 - t0) / 1e6;
            heap[rep] = (t2 - t1) / 1e6;
        }
        System.out.printf("1920x1080, 8 seeds, median of 7 after a warm-up: raster scans %.0f ms, Dijkstra %.0f ms%n",
                median(scans), median(heap));
    }

    private static Method method(String type, String name, Class<?>... parameters) throws Exception {
        Method m = Class.forName(type).getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private static double median(double[] runs) {
        double[] sorted = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
