package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.Locale;

/**
 * Checks before rendering that a parallax preview fits in memory: its frames are kept together (frames × width ×
 * height × 4 bytes of RGB), so the cause of a failure is the number of frames times the frame size, not the plate,
 * and it is known before minutes of rendering.
 */
public final class PreviewMemory {
    private PreviewMemory() {
    }

    /** Bytes the finished preview holds, plus one frame being rendered. */
    public static long needed(int frames, int width, int height) {
        return (frames + 1L) * width * height * Integer.BYTES;
    }

    /** Throws with the sizes and the ways out when the preview needs more than {@code availableBytes}. */
    public static void check(int frames, int width, int height, long availableBytes) {
        long needed = needed(frames, width, height);
        if (needed > availableBytes) {
            long perFrame = (long) width * height * Integer.BYTES;
            int fitting = (int) Math.max(0, Math.min(Integer.MAX_VALUE, availableBytes / perFrame - 1));
            throw new InvalidInputException(String.format(Locale.ROOT, "The preview needs about %d MB (%d frames of "
                    + "%dx%d px, %.1f MB each) but only %d MB of memory is free: give fewer frames= (about %d fit), "
                    + "a smaller width=, or more memory to ImageJ (Edit > Options > Memory & Threads, or java -Xmx).",
                    needed >> 20, frames, width, height, perFrame / 1048576.0, availableBytes >> 20, fitting));
        }
    }

    /** What this JVM can still allocate. */
    public static long available() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
