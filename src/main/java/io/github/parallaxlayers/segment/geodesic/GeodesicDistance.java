package io.github.parallaxlayers.segment.geodesic;

import java.util.Arrays;

/** Exact geodesic distance on the 4-connected pixel grid (Dijkstra with a binary heap over primitive arrays). */
final class GeodesicDistance {

    private GeodesicDistance() {
    }

    /**
     * @param right cost of the edge from pixel i to i + 1 (unused in the last column)
     * @param down  cost of the edge from pixel i to i + w (unused in the last row)
     */
    static float[] from(boolean[] seeds, float[] right, float[] down, int w, int h) {
        int n = w * h;
        float[] distance = new float[n];
        Arrays.fill(distance, Float.POSITIVE_INFINITY);
        int[] heap = new int[n];
        int[] position = new int[n];
        Arrays.fill(position, -1);
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (seeds[i]) {
                distance[i] = 0;
                position[i] = size;
                heap[size++] = i;
            }
        }
        boolean[] done = new boolean[n];
        while (size > 0) {
            int p = heap[0];
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                position[heap[0]] = 0;
                siftDown(heap, position, distance, 0, size);
            }
            position[p] = -1;
            done[p] = true;
            int x = p % w;
            int y = p / w;
            if (x + 1 < w) {
                size = relax(p + 1, distance[p] + right[p], heap, position, distance, done, size);
            }
            if (x > 0) {
                size = relax(p - 1, distance[p] + right[p - 1], heap, position, distance, done, size);
            }
            if (y + 1 < h) {
                size = relax(p + w, distance[p] + down[p], heap, position, distance, done, size);
            }
            if (y > 0) {
                size = relax(p - w, distance[p] + down[p - w], heap, position, distance, done, size);
            }
        }
        return distance;
    }

    private static int relax(int q, float candidate, int[] heap, int[] position, float[] distance, boolean[] done,
                             int size) {
        if (done[q] || candidate >= distance[q]) {
            return size;
        }
        distance[q] = candidate;
        if (position[q] < 0) {
            position[q] = size;
            heap[size++] = q;
        }
        siftUp(heap, position, distance, position[q]);
        return size;
    }

    private static void siftUp(int[] heap, int[] position, float[] distance, int k) {
        int item = heap[k];
        while (k > 0) {
            int parent = (k - 1) >> 1;
            if (distance[heap[parent]] <= distance[item]) {
                break;
            }
            heap[k] = heap[parent];
            position[heap[k]] = k;
            k = parent;
        }
        heap[k] = item;
        position[item] = k;
    }

    private static void siftDown(int[] heap, int[] position, float[] distance, int k, int size) {
        int item = heap[k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && distance[heap[child + 1]] < distance[heap[child]]) {
                child++;
            }
            if (distance[heap[child]] >= distance[item]) {
                break;
            }
            heap[k] = heap[child];
            position[heap[k]] = k;
            k = child;
        }
        heap[k] = item;
        position[item] = k;
    }
}
