package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SAM v1 through the fixture models of {@link SamFixtures}: real masks through the full pre/post path. */
class SamSegmenterTest {
    @TempDir
    static Path models;

    static Path nchwEncoder;
    static Path hwcEncoder;
    static Path singleDecoder;

    // 300 x 200 plate: a red box low on the left, a blue box high on the right, on green
    static final int W = 300;
    static final int H = 200;
    static final Box RED_BOX = new Box(30, 120, 60, 60);
    static final Box BLUE_BOX = new Box(200, 20, 80, 60);

    @BeforeAll
    static void writeModels() throws Exception {
        nchwEncoder = SamFixtures.encoderNchw(models, "encoder-nchw.onnx", "input_image");
        hwcEncoder = SamFixtures.encoderHwc(models, "encoder-hwc.onnx");
        singleDecoder = SamFixtures.decoder(models, "decoder-single.onnx", new float[] {4f}, new float[] {0.8f});
    }

    static Plate scene() {
        int[] p = Plates.filled(W, H, Plates.GREEN);
        Plates.paint(p, W, RED_BOX, Plates.RED);
        Plates.paint(p, W, BLUE_BOX, Plates.BLUE);
        return Plate.rgb(W, H, p);
    }

    static SamSegmenter segmenter(Path encoder, Path decoder, Multimask multimask, EmbeddingCache cache) {
        SamModel model = SamModels.open("fixture", encoder, decoder, Device.CPU);
        return new SamSegmenter(model, new SamSettings(multimask, CacheMode.MEMORY, cache));
    }

    static EmbeddingCache freshCache() {
        return new EmbeddingCache(64L << 20, models.resolve("cache"));
    }

    @Test
    void aClickOnANonSquarePlateLandsOnTheObjectUnderIt() {
        SamSegmenter sam = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache());
        try (SamSession session = sam.openWhole(scene(), ProgressListener.NONE)) {
            Segmentation red = session.segment(Prompt.of(List.of(Click.positive(60, 150))), ProgressListener.NONE);
            assertEquals(W, red.mask().width());
            assertEquals(H, red.mask().height());
            assertTrue(Plates.coversInterior(red.mask(), RED_BOX, 5), "the red box is inside the mask");
            assertTrue(Plates.staysWithin(red.mask(), RED_BOX, 5), "nothing but the red box is in the mask");
            assertEquals(0.8, red.score(), 1e-6);
            Mask blue = session.segment(Prompt.of(List.of(Click.positive(270, 25))), ProgressListener.NONE).mask();
            assertTrue(Plates.coversInterior(blue, BLUE_BOX, 5));
            assertTrue(Plates.staysWithin(blue, BLUE_BOX, 5));
        }
    }
    @Test
    void bothEncoderVariantsGiveTheSameEmbeddingAndMask() {
        Plate plate = scene();
        SamSession nchw = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache()).openWhole(plate,
                ProgressListener.NONE);
        SamSession hwc = segmenter(hwcEncoder, singleDecoder, Multimask.BEST, freshCache()).openWhole(plate,
                ProgressListener.NONE);
        float[] a = nchw.embedding().feature(SamEncoder.EMBEDDING).values();
        float[] b = hwc.embedding().feature(SamEncoder.EMBEDDING).values();
        assertEquals(256 * 64 * 64, a.length);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-4, "embedding value " + i);
        }
        // the padded rows (683..1023 of the frame, cells 43..63) hold the normalised mean, i.e. 0
        assertEquals(0f, a[50 * 64 + 10], 0f);
        Prompt click = Prompt.of(List.of(Click.positive(60, 150)));
        assertEquals(nchw.segment(click, ProgressListener.NONE).mask(), hwc.segment(click, ProgressListener.NONE).mask());
    }

    @Test
    void theBoxCornersLimitTheMaskToTheBox() {
        int[] p = Plates.filled(W, H, Plates.GREEN);
        Box left = new Box(20, 40, 60, 60);
        Box right = new Box(200, 100, 60, 60);
        Plates.paint(p, W, left, Plates.RED);
        Plates.paint(p, W, right, Plates.RED);
        SamSession session = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache())
                .openWhole(Plate.rgb(W, H, p), ProgressListener.NONE);
        Mask both = session.segment(Prompt.of(List.of(Click.positive(50, 70))), ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(both, left, 5) && Plates.coversInterior(both, right, 5),
                "without a box the same colour is found everywhere");
        Box around = new Box(10, 30, 90, 80);
        Mask boxed = session.segment(new Prompt(List.of(Click.positive(50, 70)), around, null),
                ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(boxed, left, 5));
        assertTrue(Plates.staysWithin(boxed, around, 5), "the box keeps the right square out");
    }

    @Test
    void promptTensorsFollowTheContractsWorkedExample() {
        SamFrame frame = SamFrame.of(2250, 1500);
        assertEquals(1024, frame.resizedWidth());
        assertEquals(683, frame.resizedHeight());
        PromptTensors click = PromptTensors.sam1(Prompt.of(List.of(Click.positive(1000, 700))), frame);
        assertEquals(2, click.count());
        assertEquals(455.1111f, click.coords()[0], 1e-3);
        assertEquals(318.7333f, click.coords()[1], 1e-3);
        assertEquals(0f, click.coords()[2]);
        assertEquals(0f, click.coords()[3]);
        assertEquals(1f, click.labels()[0]);
        assertEquals(-1f, click.labels()[1], "the padding point ends a prompt without a box");
        PromptTensors boxed = PromptTensors.sam1(new Prompt(List.of(Click.negative(1000, 700)),
                new Box(100, 200, 1001, 501), null), frame);
        assertEquals(3, boxed.count(), "no padding point with a box");
        assertEquals(0f, boxed.labels()[0]);
        assertEquals(2f, boxed.labels()[1]);
        assertEquals(3f, boxed.labels()[2]);
        assertEquals(100 * 1024f / 2250, boxed.coords()[2], 1e-3);
        assertEquals(200 * 683f / 1500, boxed.coords()[3], 1e-3);
        assertEquals(1100 * 1024f / 2250, boxed.coords()[4], 1e-3);
        assertEquals(700 * 683f / 1500, boxed.coords()[5], 1e-3);
        assertEquals(1024, SamFrame.of(333, 1000).resizedHeight());
        assertEquals(341, SamFrame.of(333, 1000).resizedWidth());
        assertEquals(576, SamFrame.of(1920, 1080).resizedHeight());
    }

    @Test
    void aFurtherClickFeedsThePreviousLowResMaskBackAndUndoStepsBack() {
        SamSegmenter sam = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache());
        Prompt first = Prompt.of(List.of(Click.positive(60, 150)));
        // a negative click on the same colour cancels the positive one (logit 0) unless the previous mask counts
        Prompt second = first.withClick(Click.negative(70, 160), null);
        SamSession session = sam.openWhole(scene(), ProgressListener.NONE);
        Mask one = session.segment(first, ProgressListener.NONE).mask();
        Mask refined = session.segment(second, ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(refined, RED_BOX, 5), "mask_input keeps the red box");
        Mask fresh = sam.openWhole(scene(), ProgressListener.NONE).segment(second, ProgressListener.NONE).mask();
        assertTrue(fresh.isEmpty(), "without mask_input the two clicks cancel out");
        List<Segmentation> back = session.undo();
        assertEquals(one, back.get(0).mask());
        assertEquals(refined, session.segment(second, ProgressListener.NONE).mask(), "after undo the click refines again");
        assertTrue(session.undo().size() == 1 && session.undo().isEmpty());
    }

    @Test
    void multimaskChoosesByPredictedIouOrSize() throws Exception {
        // concentric squares whose red falls off: squared normalised distances from the centre 0, 0.73, 2.93, 11.7
        int[] p = Plates.filled(W, H, 0x006464);
        Plates.paint(p, W, new Box(60, 20, 160, 160), 0x646464);
        Plates.paint(p, W, new Box(90, 50, 100, 100), 0x966464);
        Plates.paint(p, W, new Box(115, 75, 50, 50), 0xC86464);
        Path decoder = SamFixtures.decoder(models, "decoder-multi.onnx", new float[] {4f, 0.3f, 1.5f, 6f},
                new float[] {0.95f, 0.6f, 0.9f, 0.7f});
        Plate plate = Plate.rgb(W, H, p);
        Prompt click = Prompt.of(List.of(Click.positive(140, 100)));
        EmbeddingCache cache = freshCache();
        Segmentation best = segmenter(nchwEncoder, decoder, Multimask.BEST, cache).openWhole(plate, ProgressListener.NONE)
                .segment(click, ProgressListener.NONE);
        Segmentation largest = segmenter(nchwEncoder, decoder, Multimask.LARGEST, cache)
                .openWhole(plate, ProgressListener.NONE).segment(click, ProgressListener.NONE);
        Segmentation smallest = segmenter(nchwEncoder, decoder, Multimask.SMALLEST, cache)
                .openWhole(plate, ProgressListener.NONE).segment(click, ProgressListener.NONE);
        assertEquals(0.9, best.score(), 1e-6, "token 2 has the best IoU of tokens 1-3 (token 0 is not a candidate)");
        assertTrue(Plates.coversInterior(best.mask(), new Box(90, 50, 100, 100), 5));
        assertTrue(Plates.staysWithin(best.mask(), new Box(90, 50, 100, 100), 5));
        assertEquals(0.7, largest.score(), 1e-6);
        assertTrue(Plates.coversInterior(largest.mask(), new Box(60, 20, 160, 160), 5));
        assertEquals(0.6, smallest.score(), 1e-6);
        assertTrue(Plates.staysWithin(smallest.mask(), new Box(115, 75, 50, 50), 5));
        assertTrue(smallest.mask().count() < best.mask().count() && best.mask().count() < largest.mask().count());
        SamSession all = segmenter(nchwEncoder, decoder, Multimask.ALL, cache).openWhole(plate, ProgressListener.NONE);
        List<Segmentation> candidates = all.candidates(click, ProgressListener.NONE);
        assertEquals(List.of(0.9, 0.7, 0.6), candidates.stream().map(s -> Math.round(s.score() * 100) / 100.0).toList());
        // two clicks: SAM's single-mask output (token 0) is the one candidate
        Segmentation two = segmenter(nchwEncoder, decoder, Multimask.LARGEST, cache).openWhole(plate, ProgressListener.NONE)
                .segment(click.withClick(Click.positive(150, 110), null), ProgressListener.NONE);
        assertEquals(0.95, two.score(), 1e-6);
        assertEquals(1, cache.encoderRuns(), "five sessions on one plate and one encoder: one encoder run");
    }

    @Test
    void sixteenBitPlatesAreStretchedMinToMax() {
        short[] v = new short[W * H];
        java.util.Arrays.fill(v, (short) 1000);
        for (int y = RED_BOX.y(); y <= RED_BOX.maxY(); y++) {
            for (int x = RED_BOX.x(); x <= RED_BOX.maxX(); x++) {
                v[y * W + x] = (short) 3000;
            }
        }
        Plate plate = new Plate(W, H, io.github.parallaxlayers.core.PixelType.GRAY16, v);
        EncoderImage image = EncoderImage.of(plate);
        int inside = 150 * 683 / 200 * 1024 + 60 * 1024 / 300;
        assertEquals(255f, image.plane(0)[inside], 1e-3);
        assertEquals(255f, image.plane(2)[inside], 1e-3, "grey becomes R = G = B");
        assertEquals(0f, image.plane(1)[10 * 1024 + 1000], 1e-3);
        Mask mask = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache()).openWhole(plate, ProgressListener.NONE)
                .segment(Prompt.of(List.of(Click.positive(60, 150))), ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(mask, RED_BOX, 5) && Plates.staysWithin(mask, RED_BOX, 5));
    }

    @Test
    void aLargePlateGetsItsMaskAtFullResolution() {
        int w = 4096;
        int h = 2160;
        int[] p = Plates.filled(w, h, Plates.GREEN);
        Box object = new Box(2900, 300, 700, 900);
        Plates.paint(p, w, object, Plates.BLUE);
        Mask mask = segmenter(hwcEncoder, singleDecoder, Multimask.BEST, freshCache()).open(Plate.rgb(w, h, p),
                ProgressListener.NONE).segment(Prompt.of(List.of(Click.positive(3200, 1000))), ProgressListener.NONE).mask();
        assertEquals(w, mask.width());
        assertEquals(h, mask.height());
        // one fixture cell is 16 frame pixels = 64 plate pixels, so edges may move by up to one cell
        assertTrue(Plates.coversInterior(mask, object, 64), "the object is in the mask");
        assertTrue(Plates.staysWithin(mask, object, 64), "nothing else is");
    }

    @Test
    void badInputGetsOneClearMessage() {
        SamSession session = segmenter(nchwEncoder, singleDecoder, Multimask.BEST, freshCache())
                .openWhole(scene(), ProgressListener.NONE);
        String none = assertThrows(InvalidInputException.class,
                () -> session.segment(Prompt.of(List.of()), ProgressListener.NONE)).getMessage();
        assertTrue(none.contains("No points and no box"), none);
        String outside = assertThrows(InvalidInputException.class,
                () -> session.segment(Prompt.of(List.of(Click.positive(300, 10))), ProgressListener.NONE)).getMessage();
        assertTrue(outside.contains("(300,10)"), outside);
        String swapped = assertThrows(InvalidInputException.class,
                () -> SamModels.open("swapped", singleDecoder, nchwEncoder, Device.CPU)).getMessage();
        assertTrue(swapped.contains(
                "a SAM / MobileSAM image encoder needs sam1-encoder-hwc, sam1-encoder-nchw or sam1-encoder-x."), swapped);
        String folder = assertThrows(InvalidInputException.class,
                () -> SamModels.fromFiles(nchwEncoder.toString(), Device.CPU)).getMessage();
        assertTrue(folder.contains("no decoder found"), folder);
        SamModel pair = SamModels.fromFiles(hwcEncoder + ";" + singleDecoder, Device.CPU);
        assertEquals(io.github.parallaxlayers.onnx.Contract.SAM1_ENCODER_HWC, ((SamEncoder) pair.encoder()).contract());
    }
}
