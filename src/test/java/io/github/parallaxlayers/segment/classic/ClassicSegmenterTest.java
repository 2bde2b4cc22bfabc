package io.github.parallaxlayers.segment.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.SegmentationSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassicSegmenterTest {
    private static final int RED = 0xC83228;
    private static final int GREEN = 0x2A9A3A;
    private static final int GREY = 0x707880;
    private final ClassicSegmenter segmenter = new ClassicSegmenter();

    private Mask segment(Plate plate, Prompt prompt) {
        try (SegmentationSession session = segmenter.open(plate, ProgressListener.NONE)) {
            return session.segment(prompt, ProgressListener.NONE).mask();
        }
    }

    @Test
    void idIsClassic() {
        assertEquals("classic", segmenter.id());
    }

    @Test
    void softEdgedDiscFromOneClick() {
        Synthetic.Coverage disc = Synthetic.disc(80, 60, 30, 6);
        Plate plate = Synthetic.rgb(160, 120, disc, RED, GREY, 0, 1);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(80, 60))));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(160, 120, disc)) >= 0.95);
    }

    @Test
    void objectTouchingTheBorder() {
        Synthetic.Coverage slab = Synthetic.rectangle(0, 20, 50, 90);
        Plate plate = Synthetic.rgb(160, 120, slab, GREEN, GREY, 4, 2);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(20, 55))));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(160, 120, slab)) >= 0.95);
        assertTrue(mask.get(0, 55), "the border column belongs to the object");
    }

    @Test
    void thinStructure() {
        Synthetic.Coverage bar = Synthetic.rectangle(10, 58, 150, 62);
        Plate plate = Synthetic.rgb(160, 120, bar, RED, GREY, 2, 3);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(80, 60))));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(160, 120, bar)) >= 0.8, "IoU on a 4 px bar");
    }

    @Test
    void noisyDisc() {
        Synthetic.Coverage disc = Synthetic.disc(90, 70, 35, 2);
        Plate plate = Synthetic.rgb(180, 140, disc, RED, GREY, 25, 4);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(90, 70))));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(180, 140, disc)) >= 0.9);
    }

    @Test
    void deterministicAcrossSessions() {
        Synthetic.Coverage disc = Synthetic.disc(90, 70, 35, 2);
        Plate plate = Synthetic.rgb(180, 140, disc, RED, GREY, 25, 5);
        Prompt prompt = Prompt.of(List.of(Click.positive(90, 70), Click.negative(10, 10)));
        assertEquals(segment(plate, prompt), segment(plate, prompt));
    }

    @Test
    void connectivityRuleDropsTheUnclickedTwin() {
        Synthetic.Coverage left = Synthetic.disc(40, 60, 20, 2);
        Synthetic.Coverage right = Synthetic.disc(120, 60, 20, 2);
        Plate plate = Synthetic.rgb(160, 120, Synthetic.union(left, right), RED, GREY, 3, 6);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(40, 60))));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(160, 120, left)) >= 0.9);
        assertFalse(mask.get(120, 60), "the twin of the same colour is not connected to the click");
    }

    @Test
    void incrementalPositiveClickAddsAPart() {
        // A red square above a green square on grey: one click gets the red part, a second adds the green part.
        Synthetic.Coverage top = Synthetic.rectangle(50, 20, 110, 60);
        Synthetic.Coverage bottom = Synthetic.rectangle(50, 60, 110, 100);
        int w = 160;
        int h = 120;
        int[] pixels = Synthetic.rgb(w, h, top, RED, GREY, 2, 7).pixels() instanceof int[] p ? p.clone() : null;
        for (int y = 60; y < 100; y++) {
            for (int x = 50; x < 110; x++) {
                pixels[y * w + x] = GREEN;
            }
        }
        Plate plate = Plate.rgb(w, h, pixels);
        Mask whole = Synthetic.truth(w, h, Synthetic.union(top, bottom));
        try (SegmentationSession session = segmenter.open(plate, ProgressListener.NONE)) {
            Prompt first = Prompt.of(List.of(Click.positive(80, 40)));
            Mask one = session.segment(first, ProgressListener.NONE).mask();
            assertTrue(Synthetic.iou(one, Synthetic.truth(w, h, top)) >= 0.9, "first click: the red part");
            Prompt second = first.withClick(Click.positive(80, 80), one);
            Mask two = session.segment(second, ProgressListener.NONE).mask();
            assertTrue(Synthetic.iou(two, whole) >= 0.9, "second click adds the green part");
        }
    }

    @Test
    void incrementalNegativeClickRemovesAPart() {
        // Two touching squares of nearly the same red: one click takes both, a negative click splits them.
        Synthetic.Coverage top = Synthetic.rectangle(50, 20, 110, 60);
        Synthetic.Coverage bottom = Synthetic.rectangle(50, 60, 110, 100);
        int w = 160;
        int h = 120;
        int[] pixels = ((int[]) Synthetic.rgb(w, h, top, RED, GREY, 2, 14).pixels()).clone();
        for (int y = 60; y < 100; y++) {
            for (int x = 50; x < 110; x++) {
                pixels[y * w + x] = 0xB43C30;
            }
        }
        Plate plate = Plate.rgb(w, h, pixels);
        try (SegmentationSession session = segmenter.open(plate, ProgressListener.NONE)) {
            Prompt first = Prompt.of(List.of(Click.positive(80, 40)));
            Mask one = session.segment(first, ProgressListener.NONE).mask();
            assertTrue(Synthetic.iou(one, Synthetic.truth(w, h, Synthetic.union(top, bottom))) >= 0.9,
                    "one click takes both similar squares");
            Mask two = session.segment(first.withClick(Click.negative(80, 80), one), ProgressListener.NONE).mask();
            assertTrue(Synthetic.iou(two, Synthetic.truth(w, h, top)) >= 0.85, "the negative click removes one");
        }
    }

    @Test
    void everyPlateType() {
        int w = 140;
        int h = 100;
        Synthetic.Coverage disc = Synthetic.disc(70, 50, 25, 3);
        Mask truth = Synthetic.truth(w, h, disc);
        float[] unit = Synthetic.grey(w, h, disc);
        byte[] gray8 = new byte[w * h];
        short[] gray16 = new short[w * h];
        float[] gray32 = new float[w * h];
        for (int i = 0; i < unit.length; i++) {
            gray8[i] = (byte) Math.round(60 + 120 * unit[i]);
            gray16[i] = (short) Math.round(1000 + 3000 * unit[i]);
            gray32[i] = -3 + 10 * unit[i];
        }
        List<Plate> plates = List.of(Plate.gray8(w, h, gray8), new Plate(w, h, PixelType.GRAY16, gray16),
                new Plate(w, h, PixelType.GRAY32, gray32), Synthetic.rgb(w, h, disc, RED, GREY, 0, 8));
        for (Plate plate : plates) {
            Mask mask = segment(plate, Prompt.of(List.of(Click.positive(70, 50))));
            assertTrue(Synthetic.iou(mask, truth) >= 0.95, plate.type() + " plate");
        }
    }

    @Test
    void aSixteenBitColourPlateGivesTheMaskOfItsEightBitConversion() {
        int w = 160;
        int h = 120;
        Synthetic.Coverage disc = Synthetic.disc(60, 60, 28, 3);
        // A green square of about the red disc's brightness: only colour tells them apart.
        Plate eight = Synthetic.rgb(w, h, disc, RED, GREY, 5, 4);
        int[] rgb = (int[]) eight.pixels();
        for (int y = 30; y < 90; y++) {
            for (int x = 110; x < 150; x++) {
                rgb[y * w + x] = GREEN;
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        short[][] planes = new short[3][w * h];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < rgb.length; i++) {
                // The 8-bit value's 16-bit code plus sub-8-bit detail, as a camera would record it.
                planes[c][i] = (short) ((rgb[i] >> (16 - 8 * c) & 0xff) * 257 + random.nextInt(257));
            }
        }
        Plate sixteen = Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        Prompt click = Prompt.of(List.of(Click.positive(60, 60)));
        Mask fromEight = segment(eight, click);
        Mask fromSixteen = segment(sixteen, click);
        Mask truth = Synthetic.truth(w, h, disc);
        // Both cut the soft-edged disc a little wide (IoU 0.94 with the half-coverage truth when written); what
        // matters here is that they agree.
        assertTrue(Synthetic.iou(fromEight, truth) >= 0.92, "8-bit IoU " + Synthetic.iou(fromEight, truth));
        assertTrue(Synthetic.iou(fromSixteen, truth) >= 0.92, "16-bit IoU " + Synthetic.iou(fromSixteen, truth));
        assertTrue(Synthetic.iou(fromSixteen, fromEight) >= 0.98,
                "16-bit vs 8-bit IoU " + Synthetic.iou(fromSixteen, fromEight));
        assertFalse(fromSixteen.get(130, 60), "the green square is not part of the red disc");
    }

    @Test
    void largePlateIsCutCoarseThenRefinedAtFullResolution() {
        int w = 1200;
        int h = 800;
        Synthetic.Coverage disc = Synthetic.disc(600, 400, 250, 2);
        Plate plate = Synthetic.rgb(w, h, disc, RED, GREY, 6, 9);
        Mask mask = segment(plate, Prompt.of(List.of(Click.positive(600, 400))));
        Mask truth = Synthetic.truth(w, h, disc);
        assertTrue(Synthetic.iou(mask, truth) >= 0.99, "IoU " + Synthetic.iou(mask, truth));
        // Along the boundary the refined mask is exact to a pixel, not blocky at the working scale.
        int wrong = 0;
        for (int x = 350; x < 850; x++) {
            for (int y = 0; y < h; y++) {
                if (mask.get(x, y) != truth.get(x, y)) {
                    wrong++;
                }
            }
        }
        assertTrue(wrong <= 2 * 500, "mislabelled pixels in the boundary rows: " + wrong);
    }

    @Test
    void boxAloneSegmentsInsideTheBox() {
        Synthetic.Coverage disc = Synthetic.disc(80, 60, 25, 2);
        Plate plate = Synthetic.rgb(160, 120, disc, GREEN, GREY, 3, 10);
        Mask mask = segment(plate, new Prompt(List.of(), new Box(40, 20, 80, 80), null));
        assertTrue(Synthetic.iou(mask, Synthetic.truth(160, 120, disc)) >= 0.9);
        assertFalse(mask.get(10, 10), "outside the box is background");
    }

    @Test
    void inputsAreNotModified() {
        Synthetic.Coverage disc = Synthetic.disc(80, 60, 25, 2);
        Plate plate = Synthetic.rgb(160, 120, disc, GREEN, GREY, 3, 11);
        int[] before = ((int[]) plate.pixels()).clone();
        Mask previous = Synthetic.truth(160, 120, Synthetic.disc(80, 60, 10, 1));
        Mask previousBefore = previous.copy();
        segment(plate, new Prompt(List.of(Click.positive(80, 60), Click.positive(90, 60)), null, previous));
        assertArrayEquals(before, (int[]) plate.pixels());
        assertEquals(previousBefore, previous);
    }

    @Test
    void badPromptsAreRejectedWithAClearMessage() {
        Plate plate = Synthetic.rgb(50, 40, Synthetic.disc(25, 20, 10, 1), RED, GREY, 0, 12);
        try (SegmentationSession session = segmenter.open(plate, ProgressListener.NONE)) {
            InvalidInputException outside = assertThrows(InvalidInputException.class,
                    () -> session.segment(Prompt.of(List.of(Click.positive(60, 10))), ProgressListener.NONE));
            assertTrue(outside.getMessage().contains("outside"));
            assertThrows(InvalidInputException.class,
                    () -> session.segment(Prompt.of(List.of(Click.negative(5, 5))), ProgressListener.NONE));
        }
    }

    @Test
    void tinyPlates() {
        Mask single = segment(Plate.gray8(1, 1, new byte[] {7}), Prompt.of(List.of(Click.positive(0, 0))));
        assertTrue(single.get(0), "a 1x1 plate clicked positive is all object");
        byte[] row = {0, 0, (byte) 200, (byte) 200, (byte) 200, (byte) 200, (byte) 200, (byte) 200, 0, 0, 0, 0};
        Mask line = segment(Plate.gray8(12, 1, row), Prompt.of(List.of(Click.positive(0, 0))));
        assertTrue(line.get(0) && !line.get(11), "the clicked end is object, the far end is not: " + line);
    }

    @Test
    void cancellingStopsTheCut() {
        Plate plate = Synthetic.rgb(50, 40, Synthetic.disc(25, 20, 10, 1), RED, GREY, 0, 13);
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (SegmentationSession session = segmenter.open(plate, ProgressListener.NONE)) {
            assertThrows(CancelledException.class,
                    () -> session.segment(Prompt.of(List.of(Click.positive(25, 20))), cancelled));
        }
    }
}
