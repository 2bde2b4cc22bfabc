package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.segment.Prompt;

/**
 * An extra unary term of the cut from outside the colour models, such as a learned subject probability: given the
 * prompt, costs per pixel of the working grid for each label (in nats, added to the colour, geodesic and spatial
 * terms, also in the full-resolution band) and, optionally, the labels the first round starts from when there is
 * no previous mask. Implementations must be deterministic.
 */
public interface UnaryPrior {

    /** The working grid the costs are laid on: the plate downscaled by (scaleX, scaleY). */
    record Grid(int width, int height, double scaleX, double scaleY, int plateWidth, int plateHeight) {
        public int size() {
            return width * height;
        }

        /** The grid pixel that holds plate pixel (x, y). */
        public int index(int x, int y) {
            int gx = Math.min(width - 1, (int) ((x + 0.5) * scaleX));
            int gy = Math.min(height - 1, (int) ((y + 0.5) * scaleY));
            return gy * width + gx;
        }
    }

    /**
     * @param object        cost of labelling each grid pixel object
     * @param background    cost of labelling it background
     * @param initialLabels 0/1 start labels of the first round, or null to keep the segmenter's own (geodesic) start
     */
    record Terms(float[] object, float[] background, byte[] initialLabels) {
    }

    /** The terms for this prompt, or null to add nothing. */
    Terms terms(Prompt prompt, Grid grid);
}
