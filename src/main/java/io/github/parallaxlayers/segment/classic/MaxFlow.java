package io.github.parallaxlayers.segment.classic;

import java.util.Arrays;

/**
 * Exact s–t minimum cut by the Boykov–Kolmogorov augmenting-path algorithm ("An Experimental Comparison of
 * Min-Cut/Max-Flow Algorithms for Energy Minimization in Vision", PAMI 26(9), 2004), a port of the structure of
 * Kolmogorov's reference maxflow-v3: two search trees grown from the terminals, augmentation along the found
 * path, adoption of orphans with the timestamp/distance heuristic. Everything lives in primitive arrays: arc
 * {@code a} and its reverse {@code sister[a]} are stored side by side.
 *
 * <p>Terminal capacities are stored as one signed residual per node (positive: from the source, negative: to
 * the sink), which is what the algorithm needs; the constant part goes straight into the flow.
 */
final class MaxFlow {
    private static final int NONE = -1;
    private static final int TERMINAL = -2;
    private static final int ORPHAN = -3;
    private static final int INFINITE_DIST = Integer.MAX_VALUE;

    private final int nodeCount;
    private final int[] first;
    private final float[] terminal;
    private final int[] parent;
    private final int[] nextActive;
    private final int[] stamp;
    private final int[] dist;
    private final boolean[] inSink;

    private int[] head;
    private int[] nextArc;
    private float[] residual;
    private int arcCount;
    /** After {@link #compact()}: node i's arcs are {@code [start[i], start[i + 1])}, reverse of a is sister[a]. */
    private int[] start;
    private int[] sister;

    private int queueFirst = NONE;
    private int queueLast = NONE;
    private int[] orphans = new int[64];
    private int orphanCount;
    private int time;
    private double flow;

    MaxFlow(int nodeCount, int expectedEdges) {
        this.nodeCount = nodeCount;
        first = new int[nodeCount];
        Arrays.fill(first, NONE);
        terminal = new float[nodeCount];
        parent = new int[nodeCount];
        nextActive = new int[nodeCount];
        stamp = new int[nodeCount];
        dist = new int[nodeCount];
        inSink = new boolean[nodeCount];
        int arcs = Math.max(2, 2 * expectedEdges);
        head = new int[arcs];
        nextArc = new int[arcs];
        residual = new float[arcs];
    }

    /** Adds {@code toSource} to the cost of cutting {@code node} from the source and {@code toSink} likewise. */
    void addTerminal(int node, float sourceCapacity, float sinkCapacity) {
        float t = terminal[node];
        // Existing residual is folded in so repeated calls accumulate as separate edges would.
        float source = (t > 0 ? t : 0) + sourceCapacity;
        float sink = (t < 0 ? -t : 0) + sinkCapacity;
        float common = Math.min(source, sink);
        flow += common;
        terminal[node] = source - sink;
    }

    /** An undirected pair of arcs: {@code capacity} from {@code i} to {@code j} and {@code reverse} back. */
    void addEdge(int i, int j, float capacity, float reverse) {
        if (arcCount + 2 > head.length) {
            int grown = head.length * 2;
            head = Arrays.copyOf(head, grown);
            nextArc = Arrays.copyOf(nextArc, grown);
            residual = Arrays.copyOf(residual, grown);
        }
        int a = arcCount;
        arcCount += 2;
        head[a] = j;
        residual[a] = capacity;
        nextArc[a] = first[i];
        first[i] = a;
        head[a + 1] = i;
        residual[a + 1] = reverse;
        nextArc[a + 1] = first[j];
        first[j] = a + 1;
    }

    /** Runs the algorithm once (no edges may be added afterwards) and returns the flow, the min-cut cost. */
    double solve() {
        compact();
        for (int i = 0; i < nodeCount; i++) {
            nextActive[i] = NONE;
            stamp[i] = 0;
            if (terminal[i] > 0) {
                inSink[i] = false;
                parent[i] = TERMINAL;
                setActive(i);
                dist[i] = 1;
            } else if (terminal[i] < 0) {
                inSink[i] = true;
                parent[i] = TERMINAL;
                setActive(i);
                dist[i] = 1;
            } else {
                parent[i] = NONE;
            }
        }
        time = 0;
        int current = NONE;
        while (true) {
            int i = current;
            if (i != NONE) {
                nextActive[i] = NONE;
                if (parent[i] == NONE) {
                    i = NONE;
                }
            }
            if (i == NONE) {
                i = popActive();
                if (i == NONE) {
                    break;
                }
            }
            int found = grow(i);
            time++;
            if (found != NONE) {
                nextActive[i] = i; // marks i active without queueing it: it is processed again next round
                current = i;
                augment(found);
                adoptOrphans();
            } else {
                current = NONE;
            }
        }
        return flow;
    }

    /** True when {@code node} ends on the source side of the minimum cut (reachable from the source). */
    boolean isSource(int node) {
        return parent[node] != NONE && !inSink[node];
    }

    /**
     * Lays every node's arcs out contiguously (as in a CSR matrix) so the tree searches walk memory in order;
     * on pixel grids this is markedly faster than following the insertion-order linked lists.
     */
    private void compact() {
        start = new int[nodeCount + 1];
        for (int a = 0; a < arcCount; a++) {
            start[head[a ^ 1] + 1]++;
        }
        for (int i = 0; i < nodeCount; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = java.util.Arrays.copyOf(start, nodeCount);
        int[] position = new int[arcCount];
        for (int i = 0; i < nodeCount; i++) {
            for (int a = first[i]; a != NONE; a = nextArc[a]) {
                position[a] = fill[i]++;
            }
        }
        int[] newHead = new int[arcCount];
        float[] newResidual = new float[arcCount];
        sister = new int[arcCount];
        for (int a = 0; a < arcCount; a++) {
            int p = position[a];
            newHead[p] = head[a];
            newResidual[p] = residual[a];
            sister[p] = position[a ^ 1];
        }
        head = newHead;
        residual = newResidual;
        nextArc = null;
    }

    private int grow(int i) {
        if (!inSink[i]) {
            for (int a = start[i], end = start[i + 1]; a < end; a++) {
                if (residual[a] != 0) {
                    int j = head[a];
                    if (parent[j] == NONE) {
                        inSink[j] = false;
                        parent[j] = sister[a];
                        stamp[j] = stamp[i];
                        dist[j] = dist[i] + 1;
                        setActive(j);
                    } else if (inSink[j]) {
                        return a;
                    } else if (stamp[j] <= stamp[i] && dist[j] > dist[i]) {
                        parent[j] = sister[a];
                        stamp[j] = stamp[i];
                        dist[j] = dist[i] + 1;
                    }
                }
            }
        } else {
            for (int a = start[i], end = start[i + 1]; a < end; a++) {
                if (residual[sister[a]] != 0) {
                    int j = head[a];
                    if (parent[j] == NONE) {
                        inSink[j] = true;
                        parent[j] = sister[a];
                        stamp[j] = stamp[i];
                        dist[j] = dist[i] + 1;
                        setActive(j);
                    } else if (!inSink[j]) {
                        return sister[a];
                    } else if (stamp[j] <= stamp[i] && dist[j] > dist[i]) {
                        parent[j] = sister[a];
                        stamp[j] = stamp[i];
                        dist[j] = dist[i] + 1;
                    }
                }
            }
        }
        return NONE;
    }

    /** Pushes flow along source tree → arc {@code middle} → sink tree. */
    private void augment(int middle) {
        float bottleneck = residual[middle];
        int i = head[sister[middle]];
        while (parent[i] != TERMINAL) {
            int a = parent[i];
            bottleneck = Math.min(bottleneck, residual[sister[a]]);
            i = head[a];
        }
        bottleneck = Math.min(bottleneck, terminal[i]);
        int j = head[middle];
        while (parent[j] != TERMINAL) {
            int a = parent[j];
            bottleneck = Math.min(bottleneck, residual[a]);
            j = head[a];
        }
        bottleneck = Math.min(bottleneck, -terminal[j]);

        residual[sister[middle]] += bottleneck;
        residual[middle] -= bottleneck;
        i = head[sister[middle]];
        while (parent[i] != TERMINAL) {
            int a = parent[i];
            residual[a] += bottleneck;
            residual[sister[a]] -= bottleneck;
            if (residual[sister[a]] == 0) {
                makeOrphan(i);
            }
            i = head[a];
        }
        terminal[i] -= bottleneck;
        if (terminal[i] == 0) {
            makeOrphan(i);
        }
        j = head[middle];
        while (parent[j] != TERMINAL) {
            int a = parent[j];
            residual[sister[a]] += bottleneck;
            residual[a] -= bottleneck;
            if (residual[a] == 0) {
                makeOrphan(j);
            }
            j = head[a];
        }
        terminal[j] += bottleneck;
        if (terminal[j] == 0) {
            makeOrphan(j);
        }
        flow += bottleneck;
    }

    private void makeOrphan(int node) {
        parent[node] = ORPHAN;
        if (orphanCount == orphans.length) {
            orphans = Arrays.copyOf(orphans, orphans.length * 2);
        }
        orphans[orphanCount++] = node;
    }

    private void adoptOrphans() {
        // Processed first-in first-out like the reference implementation; the list may grow while we work.
        int next = 0;
        while (next < orphanCount) {
            int i = orphans[next++];
            adopt(i, inSink[i]);
            if (next > 4096 && next * 2 > orphanCount) {
                System.arraycopy(orphans, next, orphans, 0, orphanCount - next);
                orphanCount -= next;
                next = 0;
            }
        }
        orphanCount = 0;
    }

    private void adopt(int i, boolean sinkTree) {
        int bestArc = NONE;
        int bestDist = INFINITE_DIST;
        for (int a0 = start[i], end = start[i + 1]; a0 < end; a0++) {
            float capacity = sinkTree ? residual[a0] : residual[sister[a0]];
            if (capacity == 0) {
                continue;
            }
            int j = head[a0];
            if (inSink[j] != sinkTree || parent[j] == NONE) {
                continue;
            }
            int d = 0;
            while (true) {
                if (stamp[j] == time) {
                    d += dist[j];
                    break;
                }
                int a = parent[j];
                d++;
                if (a == TERMINAL) {
                    stamp[j] = time;
                    dist[j] = 1;
                    break;
                }
                if (a == ORPHAN) {
                    d = INFINITE_DIST;
                    break;
                }
                j = head[a];
            }
            if (d < INFINITE_DIST) {
                if (d < bestDist) {
                    bestArc = a0;
                    bestDist = d;
                }
                for (j = head[a0]; stamp[j] != time; j = head[parent[j]]) {
                    stamp[j] = time;
                    dist[j] = d--;
                }
            }
        }
        if (bestArc != NONE) {
            parent[i] = bestArc;
            stamp[i] = time;
            dist[i] = bestDist + 1;
            return;
        }
        for (int a0 = start[i], end = start[i + 1]; a0 < end; a0++) {
            int j = head[a0];
            int a = parent[j];
            if (inSink[j] != sinkTree || a == NONE) {
                continue;
            }
            float capacity = sinkTree ? residual[a0] : residual[sister[a0]];
            if (capacity != 0) {
                setActive(j);
            }
            if (a != TERMINAL && a != ORPHAN && head[a] == i) {
                makeOrphan(j);
            }
        }
        parent[i] = NONE;
    }

    private void setActive(int i) {
        if (nextActive[i] == NONE) {
            if (queueLast != NONE) {
                nextActive[queueLast] = i;
            } else {
                queueFirst = i;
            }
            queueLast = i;
            nextActive[i] = i;
        }
    }

    private int popActive() {
        while (queueFirst != NONE) {
            int i = queueFirst;
            if (nextActive[i] == i) {
                queueFirst = NONE;
                queueLast = NONE;
            } else {
                queueFirst = nextActive[i];
            }
            nextActive[i] = NONE;
            if (parent[i] != NONE) {
                return i;
            }
        }
        return NONE;
    }
}
