package io.github.parallaxlayers.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Median wall time of a few runs after warm-up, and the peak heap seen, for the plain benchmark harnesses. */
final class BenchTimer {
    private BenchTimer() {
    }

    static double medianMillis(int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            sink(work.get());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink(work.get());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static volatile int sinkHole;

    private static void sink(Object o) {
        sinkHole += System.identityHashCode(o);
    }

    /** Forgets the heap pools' peaks, after a collection, so the next {@link #peakHeapMiB()} covers what follows. */
    static void resetPeakHeap() {
        System.gc();
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset, MiB. */
    static long peakHeapMiB() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB";
    }
}
