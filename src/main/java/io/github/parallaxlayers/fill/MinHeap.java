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
            move(parent, i);
            i = parent;
        }
        place(i, item, key, seq);
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
                move(child, i);
                i = child;
            }
            place(i, item, key, seq);
        }
        return top;
    }

    /** Moves the entry at {@code from} to slot {@code to} (sifting overwrites, the sifted entry is placed last). */
    private void move(int from, int to) {
        items[to] = items[from];
        keys[to] = keys[from];
        order[to] = order[from];
    }

    private void place(int i, int item, float key, long seq) {
        items[i] = item;
        keys[i] = key;
        order[i] = seq;
    }

    private static boolean less(float ka, long sa, float kb, long sb) {
        return ka < kb || (ka == kb && sa < sb);
    }
}
