package io.github.parallaxlayers.segment.classic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.SegmentationSession;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real photographs from the GrabCut benchmark with the standard click protocol (first click at the object's
 * deepest point, then at the deepest point of the larger error region; IoU ignores the 128 band of the masks).
 */
class GrabCutSliceTest {
    private static final File GRABCUT = new File(System.getProperty("parallax.shared", "../shared"), "data/grabcut");

    @ParameterizedTest
    @ValueSource(strings = {"banana1.bmp", "book.bmp", "ceramic.bmp", "doll.bmp", "memorial.jpg"})
    void fiveClicksReachIou85(String name) throws IOException {
        File image = new File(GRABCUT, "data_GT/" + name);
        Assumptions.assumeTrue(image.exists(), "GrabCut data not found at " + GRABCUT + "; skipping");
        BufferedImage photo = ImageIO.read(image);
        BufferedImage truth = ImageIO.read(new File(GRABCUT, "boundary_GT/" + name.replaceAll("\\.[^.]+$", "") + ".bmp"));
        int w = photo.getWidth();
        int h = photo.getHeight();
        int[] rgb = photo.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xffffff;
        }
        byte[] object = new byte[w * h];
        boolean[] ignore = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = truth.getRaster().getSample(x, y, 0);
                object[y * w + x] = v == 255 ? Mask.ON : 0;
                ignore[y * w + x] = v == 128;
            }
        }
        List<Click> clicks = new ArrayList<>();
        Mask mask = Mask.empty(w, h);
        try (SegmentationSession session = new ClassicSegmenter().open(Plate.rgb(w, h, rgb), ProgressListener.NONE)) {
            for (int k = 1; k <= 5; k++) {
                clicks.add(nextClick(object, mask.data(), ignore, w, h));
                mask = session.segment(new Prompt(clicks, null, k == 1 ? null : mask), ProgressListener.NONE).mask();
            }
        }
        double iou = iou(object, mask.data(), ignore);
        assertTrue(iou >= 0.85, name + ": IoU after 5 clicks " + iou);
    }

    private static Click nextClick(byte[] object, byte[] predicted, boolean[] ignore, int w, int h) {
        byte[] missed = new byte[w * h];
        byte[] extra = new byte[w * h];
        for (int i = 0; i < missed.length; i++) {
            if (!ignore[i]) {
                missed[i] = object[i] != 0 && predicted[i] == 0 ? Mask.ON : 0;
                extra[i] = object[i] == 0 && predicted[i] != 0 ? Mask.ON : 0;
            }
        }
        float[] toMissedEdge = DistanceTransform.squaredToOutsideOrFrame(Mask.wrap(w, h, missed));
        float[] toExtraEdge = DistanceTransform.squaredToOutsideOrFrame(Mask.wrap(w, h, extra));
        int a = argmax(toMissedEdge, missed);
        int b = argmax(toExtraEdge, extra);
        boolean positive = b < 0 || (a >= 0 && toMissedEdge[a] > toExtraEdge[b]);
        int at = positive ? a : b;
        return new Click(at % w, at / w, positive);
    }

    private static int argmax(float[] values, byte[] inside) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (inside[i] != 0 && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double iou(byte[] object, byte[] predicted, boolean[] ignore) {
        long inter = 0;
        long union = 0;
        for (int i = 0; i < object.length; i++) {
            if (!ignore[i]) {
                boolean g = object[i] != 0;
                boolean p = predicted[i] != 0;
                inter += g && p ? 1 : 0;
                union += g || p ? 1 : 0;
            }
        }
        return union == 0 ? 1 : (double) inter / union;
    }
}
