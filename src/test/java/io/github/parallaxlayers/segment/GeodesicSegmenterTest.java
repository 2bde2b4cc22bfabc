package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeodesicSegmenterTest {

    /** A noisy 120×80 plate: an orange disk (radius 25 at 40,40) and a second one (at 95,40) on blue. */
    private static Plate twoDisks() {
        Random random = new Random(4);
        int[] rgb = new int[120 * 80];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                boolean disk = (x - 40) * (x - 40) + (y - 40) * (y - 40) <= 625
                        || (x - 95) * (x - 95) + (y - 40) * (y - 40) <= 225;
                int n = random.nextInt(16);
                rgb[y * 120 + x] = disk ? (220 + n / 2) << 16 | (120 + n) << 8 | 30 : 30 << 16 | (60 + n) << 8 | (190 + n);
            }
        }
        return Plate.rgb(120, 80, rgb);
    }

    private static double iouWithDisk(Mask m, int cx, int cy, int r) {
        int inter = 0;
        int union = 0;
        for (int y = 0; y < m.height(); y++) {
            for (int x = 0; x < m.width(); x++) {
                boolean truth = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r;
                inter += truth && m.get(x, y) ? 1 : 0;
                union += truth || m.get(x, y) ? 1 : 0;
            }
        }
        return inter / (double) union;
    }

    @Test
    void oneClickTakesTheWholeDiskAndOnlyTheConnectedOne() {
        SegmentationSession session = new GeodesicSegmenter().open(twoDisks(), ProgressListener.NONE);
        Mask mask = session.segment(Prompt.of(List.of(Click.positive(40, 40))), ProgressListener.NONE).mask();
        assertTrue(iouWithDisk(mask, 40, 40, 25) > 0.95, "IoU " + iouWithDisk(mask, 40, 40, 25));
        assertTrue(!mask.get(95, 40), "the other disk is not connected to the click");
    }

    @Test
    void isDeterministicAndWorksOnEveryPlateType() {
        Plate rgb = twoDisks();
        float[] grey = new float[rgb.size()];
        short[] grey16 = new short[rgb.size()];
        byte[] grey8 = new byte[rgb.size()];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = rgb.sample(0, i) * 3.7f - 100f;
            grey16[i] = (short) (rgb.sample(0, i) * 200);
            grey8[i] = (byte) rgb.sample(0, i);
        }
        Prompt prompt = Prompt.of(List.of(Click.positive(40, 40), Click.negative(5, 5)));
        Mask reference = new GeodesicSegmenter().open(rgb, ProgressListener.NONE).segment(prompt, ProgressListener.NONE).mask();
        assertEquals(reference, new GeodesicSegmenter().open(rgb, ProgressListener.NONE).segment(prompt, ProgressListener.NONE).mask());
        for (Plate plate : List.of(Plate.gray8(120, 80, grey8),
                new Plate(120, 80, io.github.parallaxlayers.core.PixelType.GRAY16, grey16),
                new Plate(120, 80, io.github.parallaxlayers.core.PixelType.GRAY32, grey))) {
            Mask m = new GeodesicSegmenter().open(plate, ProgressListener.NONE).segment(prompt, ProgressListener.NONE).mask();
            assertTrue(iouWithDisk(m, 40, 40, 25) > 0.9, plate.type() + ": " + iouWithDisk(m, 40, 40, 25));
        }
    }

    @Test
    void boxLimitsTheMaskAndBadPromptsAreRefused() {
        SegmentationSession session = new GeodesicSegmenter().open(twoDisks(), ProgressListener.NONE);
        Mask boxed = session.segment(new Prompt(List.of(Click.positive(40, 40)), new Box(15, 15, 30, 50), null),
                ProgressListener.NONE).mask();
        assertTrue(boxed.get(40, 40));
        assertTrue(!boxed.get(60, 40), "outside the box is background");
        assertThrows(InvalidInputException.class,
                () -> session.segment(Prompt.of(List.of(Click.positive(400, 40))), ProgressListener.NONE));
    }
}
