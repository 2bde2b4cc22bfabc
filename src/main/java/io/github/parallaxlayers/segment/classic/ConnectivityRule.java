package io.github.parallaxlayers.segment.classic;

/**
 * The connectivity rule of interactive segmentation: object parts that no positive click reaches through
 * object pixels (8-connected) are dropped, so a distant region of similar colour does not join the mask.
 */
final class ConnectivityRule {
    private ConnectivityRule() {
    }

    /**
     * A copy of {@code labels} (non-zero = object) keeping only the object pixels 8-connected to one of the
     * {@code seeds} (pixel indices); the kept pixels keep their value.
     */
    static byte[] keepConnected(byte[] labels, int width, int height, int[] seeds) {
        byte[] out = new byte[labels.length];
        int[] queue = new int[labels.length];
        int tail = 0;
        for (int s : seeds) {
            if (labels[s] != 0 && out[s] == 0) {
                out[s] = labels[s];
                queue[tail++] = s;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            int x = i % width;
            int y = i / width;
            for (int dy = -1; dy <= 1; dy++) {
                int ny = y + dy;
                if (ny < 0 || ny >= height) {
                    continue;
                }
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    if (nx < 0 || nx >= width) {
                        continue;
                    }
                    int j = ny * width + nx;
                    if (labels[j] != 0 && out[j] == 0) {
                        out[j] = labels[j];
                        queue[tail++] = j;
                    }
                }
            }
        }
        return out;
    }
}
