package io.github.parallaxlayers.segment.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaxFlowTest {

    @Test
    void twoNodeCutHandComputed() {
        // s→0 costs 5, 0→t 1, s→1 2, 1→t 6, edge 0–1 capacity 3 both ways.
        // Cuts: {0,1} source: 1+6 = 7; none: 5+2 = 7; 0 source, 1 sink: 1+2+3 = 6; 0 sink, 1 source: 5+6+3 = 14.
        MaxFlow graph = new MaxFlow(2, 1);
        graph.addTerminal(0, 5, 1);
        graph.addTerminal(1, 2, 6);
        graph.addEdge(0, 1, 3, 3);
        assertEquals(6, graph.solve(), 1e-6);
        assertTrue(graph.isSource(0));
        assertTrue(!graph.isSource(1));
    }

    @Test
    void matchesBruteForceOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(9);
            float[] source = new float[n];
            float[] sink = new float[n];
            int edges = random.nextInt(3 * n);
            int[] from = new int[edges];
            int[] to = new int[edges];
            float[] forward = new float[edges];
            float[] backward = new float[edges];
            MaxFlow graph = new MaxFlow(n, edges);
            for (int i = 0; i < n; i++) {
                source[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
                sink[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
                graph.addTerminal(i, source[i], sink[i]);
            }
            for (int e = 0; e < edges; e++) {
                from[e] = random.nextInt(n);
                to[e] = (from[e] + 1 + random.nextInt(n - 1)) % n;
                forward[e] = random.nextInt(15);
                backward[e] = random.nextInt(15);
                graph.addEdge(from[e], to[e], forward[e], backward[e]);
            }
            double best = Double.POSITIVE_INFINITY;
            for (int set = 0; set < 1 << n; set++) {
                best = Math.min(best, cutCost(set, source, sink, from, to, forward, backward));
            }
            double flow = graph.solve();
            assertEquals(best, flow, 1e-3, "trial " + trial);
            int labels = 0;
            for (int i = 0; i < n; i++) {
                if (graph.isSource(i)) {
                    labels |= 1 << i;
                }
            }
            assertEquals(best, cutCost(labels, source, sink, from, to, forward, backward), 1e-3,
                    "the returned labelling is a minimum cut, trial " + trial);
        }
    }

    /** Bit i of {@code set} set: node i on the source side. */
    private static double cutCost(int set, float[] source, float[] sink, int[] from, int[] to, float[] forward,
                                  float[] backward) {
        double cost = 0;
        for (int i = 0; i < source.length; i++) {
            cost += (set >> i & 1) == 1 ? sink[i] : source[i];
        }
        for (int e = 0; e < from.length; e++) {
            boolean a = (set >> from[e] & 1) == 1;
            boolean b = (set >> to[e] & 1) == 1;
            if (a && !b) {
                cost += forward[e];
            } else if (!a && b) {
                cost += backward[e];
            }
        }
        return cost;
    }

    @Test
    void gridWithAWallCutsAlongTheWall() {
        // A 20×10 grid, left column tied to the source and right column to the sink; the weak column 12 is cut.
        int w = 20;
        int h = 10;
        MaxFlow graph = new MaxFlow(w * h, 2 * w * h);
        for (int y = 0; y < h; y++) {
            graph.addTerminal(y * w, 1000, 0);
            graph.addTerminal(y * w + w - 1, 0, 1000);
            for (int x = 0; x + 1 < w; x++) {
                float c = x == 12 ? 1 : 10;
                graph.addEdge(y * w + x, y * w + x + 1, c, c);
            }
            if (y + 1 < h) {
                for (int x = 0; x < w; x++) {
                    graph.addEdge(y * w + x, (y + 1) * w + x, 10, 10);
                }
            }
        }
        assertEquals(h, graph.solve(), 1e-6);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(x <= 12, graph.isSource(y * w + x), "pixel " + x + "," + y);
            }
        }
    }
}
