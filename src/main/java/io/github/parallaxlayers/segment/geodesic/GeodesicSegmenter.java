package io.github.parallaxlayers.segment.geodesic;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.MaskRefinement;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

/**
 * Geodesic click segmentation (Bai and Sapiro, "A Geodesic Framework for Fast Interactive Image and Video
 * Segmentation and Matting", ICCV 2007; Criminisi, Sharp and Blake, "GeoS", ECCV 2008): every pixel goes to
 * the object when its geodesic distance to a positive click is smaller than to the background seeds — the
 * negative clicks, the outside of the box, and the image frame (the object is assumed not to fill the frame
 * unless a positive click touches it). The path cost grows with colour change, so regions stop at edges.
 * Fast and deterministic; a simple baseline beside the graph-cut {@code classic} segmenter.
 */
public final class GeodesicSegmenter implements Segmenter {
    /** Weight of colour change against path length (colours scaled 0–1). */
    private static final float EDGE_WEIGHT = 60f;
    private static final int CLICK_RADIUS = 3;

    @Override
    public String id() {
        return "geodesic";
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        float[][] colour = plate.toUnitChannels();
        int w = plate.width();
        int h = plate.height();
        // Step costs to the neighbours, computed once per plate: every prompt's two distance maps reuse them.
        float[][] costs = GeodesicDistance.stepCosts(w, h, colour, 1, EDGE_WEIGHT);
        return (prompt, listener) -> {
            prompt.validate(w, h);
            float[] toObject = GeodesicDistance.from(seeds(prompt, w, h, true), w, h, costs);
            listener.checkCancelled();
            float[] toBackground = GeodesicDistance.from(seeds(prompt, w, h, false), w, h, costs);
            Mask mask = Mask.empty(w, h);
            for (int i = 0; i < toObject.length; i++) {
                if (toObject[i] < toBackground[i]) {
                    mask.set(i, true);
                }
            }
            int[][] points = prompt.positives().stream().map(c -> new int[] {c.x(), c.y()}).toArray(int[][]::new);
            Mask connected = points.length == 0 ? mask : MaskRefinement.keepTouching(mask, points);
            return Segmentation.unscored(MaskRefinement.fillHoles(connected, 0));
        };
    }

    /** Seed pixels: small disks at the clicks of one kind; background also gets the frame and outside the box. */
    private static boolean[] seeds(Prompt prompt, int w, int h, boolean object) {
        boolean[] seed = new boolean[w * h];
        for (Click c : prompt.clicks()) {
            if (c.positive() == object) {
                for (int y = Math.max(0, c.y() - CLICK_RADIUS); y <= Math.min(h - 1, c.y() + CLICK_RADIUS); y++) {
                    for (int x = Math.max(0, c.x() - CLICK_RADIUS); x <= Math.min(w - 1, c.x() + CLICK_RADIUS); x++) {
                        if ((x - c.x()) * (x - c.x()) + (y - c.y()) * (y - c.y()) <= CLICK_RADIUS * CLICK_RADIUS) {
                            seed[y * w + x] = true;
                        }
                    }
                }
            }
        }
        if (!object) {
            Box box = prompt.box();
            boolean positiveOnFrame = prompt.positives().stream()
                    .anyMatch(c -> c.x() == 0 || c.y() == 0 || c.x() == w - 1 || c.y() == h - 1);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean frame = !positiveOnFrame && (x == 0 || y == 0 || x == w - 1 || y == h - 1);
                    boolean outsideBox = box != null && !box.contains(x, y);
                    if (frame || outsideBox) {
                        seed[y * w + x] = true;
                    }
                }
            }
        }
        return seed;
    }
}
