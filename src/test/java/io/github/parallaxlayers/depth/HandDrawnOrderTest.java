package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Order Layers by Depth on masks drawn by hand over Middlebury's teddy scene (loose shapes that spill onto what
 * is behind them, as a quick drawing does), with the true disparity as the depth map. The expected order is the
 * scene's: the frog lies on the floor in front of the red box, the box stands before the pink bear on the shelf,
 * and the periodic-table poster is on the back wall.
 */
class HandDrawnOrderTest {

    @Test
    void teddyObjectsComeOutFrontToBack() {
        Assumptions.assumeTrue(Files.isDirectory(Middlebury.scene("middlebury2003_teddy")), Middlebury.MISSING);
        DepthMap truth = Middlebury.truth2003("middlebury2003_teddy");
        int w = truth.width();
        int h = truth.height();
        Mask poster = rectangle(w, h, 225, 15, 300, 100);
        Mask bear = ellipse(w, h, 362, 80, 40, 44);
        Mask box = rectangle(w, h, 262, 172, 360, 250);
        Mask frog = ellipse(w, h, 205, 300, 46, 30);
        List<OrderedLayer> order = DepthOrdering.order(List.of(bear, poster, frog, box),
                List.of("bear", "poster", "frog", "box"), truth, 3, 0.25, ProgressListener.NONE);
        for (OrderedLayer l : order) {
            System.out.printf("%s: median disparity %.2f px, p10-p90 %.2f-%.2f, hint %.3f, split %s%n", l.name(),
                    l.depth().median() / 4, l.depth().low() / 4, l.depth().high() / 4, l.depthHint(),
                    l.suggestSplit());
        }
        assertEquals(List.of("frog", "box", "bear", "poster"), order.stream().map(OrderedLayer::name).toList());
        for (int i = 1; i < order.size(); i++) {
            double ratio = order.get(0).depth().median() / order.get(i).depth().median();
            assertEquals(ratio, order.get(i).depthHint(), 1e-9, "hint = front disparity / layer disparity");
        }
    }

    static Mask rectangle(int w, int h, int x0, int y0, int x1, int y1) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    static Mask ellipse(int w, int h, int cx, int cy, int rx, int ry) {
        Mask m = Mask.empty(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - cx) / (double) rx;
                double dy = (y - cy) / (double) ry;
                m.set(x, y, dx * dx + dy * dy <= 1);
            }
        }
        return m;
    }
}
