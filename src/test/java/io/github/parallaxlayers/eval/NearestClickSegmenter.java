package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

import java.util.List;

/**
 * A test fixture that ignores the image: a pixel is inside when its nearest click is positive and lies within
 * {@code radius}. Its masks improve with clicks without ever being exact, which gives the protocol realistic
 * curves to record (it is not a segmentation method).
 */
public final class NearestClickSegmenter implements Segmenter {
    private final int radius;

    public NearestClickSegmenter(int radius) {
        this.radius = radius;
    }

    @Override
    public String id() {
        return "nearest-click-r" + radius;
    }

    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        int w = plate.width();
        int h = plate.height();
        long r2 = (long) radius * radius;
        return (prompt, p) -> {
            List<Click> clicks = prompt.clicks();
            byte[] out = new byte[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    long best = Long.MAX_VALUE;
                    boolean positive = false;
                    for (Click c : clicks) {
                        long dx = x - c.x();
                        long dy = y - c.y();
                        long d = dx * dx + dy * dy;
                        if (d < best) {
                            best = d;
                            positive = c.positive();
                        }
                    }
                    if (positive && best <= r2) {
                        out[y * w + x] = Mask.ON;
                    }
                }
            }
            return new Segmentation(Mask.wrap(w, h, out), 1.0);
        };
    }
}
