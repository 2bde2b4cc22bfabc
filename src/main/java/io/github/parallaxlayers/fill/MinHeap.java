package io.github.parallaxlayers.fill;

import java.util.Arrays;

/**
 * A binary min-heap of pixel indices keyed by float, over primitive arrays (the fast-marching narrow band).
 * Ties are broken by insertion order so that the march, and therefore the fill, is deterministic.
 */
final class MinHeap {
    private int[] items;
    private float[] keys;
    private long[] order;
    private int size;
    private long inserted;

    MinHeap(int capacity) {
        int c = Math.max(16, capacity);
        items = new int[c];
        keys = new float[c];
        order = new long[c];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int item, float key) {
        if (size == items.length) {
            int c = items.length * 2;
            items = Arrays.copyOf(items, c);
            keys = Arrays.copyOf(keys, c);
            order = Arrays.copyOf(order, c);
        }
        int i = size++;
        long seq = inserted++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(key, seq, keys[parent], order[parent])) {
                break;
            }
            items[i] = items[parent];
            keys[i] = keys[parent];
            order[i] = order[parent];
            i = parent;
        }
        items[i] = item;
        keys[i] = key;
        order[i] = seq;
    }

    /** Removes and returns the item with the smallest key. */
    int pop() {
        int top = items[0];
        size--;
        if (size > 0) {
            int item = items[size];
            float key = keys[size];
            long seq = order[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && less(keys[child + 1], order[child + 1], keys[child], order[child])) {
                    child++;
                }
                if (!less(keys[child], order[child], key, seq)) {
                    break;
                }
                items[i] = items[child];
                keys[i] = keys[child];
                order[i] = order[child];
                i = child;
            }
            items[i] = item;
            keys[i] = key;
            order[i] = seq;
        }
        return top;
    }

    private static boolean less(float ka, long sa, float kb, long sb) {
        return ka < kb || (ka == kb && sa < sb);
    }
}
