package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automatic mask generator through the fixture SAM models of {@link SamFixtures}. Plates are 512 × 256, so
 * the encoder frame is 1024 × 512 and one 16-pixel encoder cell is 8 × 8 plate pixels; objects on multiples of 8
 * come back exactly. With points_per_side = 8 the grid points lie at x = 32 + 64i, y = 16 + 32j.
 */
class AutomaticMaskGeneratorTest {
    static final int W = 512;
    static final int H = 256;
    static final int DARK = 0x141414;
    static final Box RED_BOX = new Box(64, 32, 96, 64);       // 6144 px, grid points (96, 48), (96, 80)
    static final Box BLUE_BOX = new Box(200, 120, 80, 96);    // 7680 px
    static final Box GREEN_BOX = new Box(360, 40, 120, 160);  // 19200 px
    static final int GREEN = 0x1EC81E;

    @TempDir
    static Path models;
    static Path encoder;
    static Path fourTokens;

    @BeforeAll
    static void writeModels() throws Exception {
        encoder = SamFixtures.encoderNchw(models, "encoder.onnx", "input_image");
        // candidates of one click are tokens 1-3: colour thresholds 0.3, 1.5, 6 with predicted IoU 0.6, 0.9, 0.7
        fourTokens = SamFixtures.decoder(models, "decoder4.onnx", new float[] {4f, 0.3f, 1.5f, 6f},
                new float[] {0.95f, 0.6f, 0.9f, 0.7f});
    }

    static Plate threeObjects() {
        int[] p = Plates.filled(W, H, DARK);
        Plates.paint(p, W, RED_BOX, Plates.RED);
        Plates.paint(p, W, BLUE_BOX, Plates.BLUE);
        Plates.paint(p, W, GREEN_BOX, GREEN);
        return Plate.rgb(W, H, p);
    }

    static AutomaticMasks run(Path decoder, Plate plate, AutomaticMaskSettings settings) {
        SamModel model = SamModels.open("fixture", encoder, decoder, Device.CPU);
        EmbeddingCache cache = new EmbeddingCache(64L << 20, models.resolve("cache"));
        SamSegmenter segmenter = new SamSegmenter(model, new SamSettings(Multimask.BEST, CacheMode.MEMORY, cache));
        return new AutomaticMaskGenerator(segmenter, settings).generate(plate, ProgressListener.NONE);
    }

    static AutomaticMaskSettings grid8() {
        return AutomaticMaskSettings.DEFAULTS.withPointsPerSide(8);
    }

    static int[] areas(AutomaticMasks result) {
        return result.masks().stream().mapToInt(AutomaticMask::area).toArray();
    }

    @Test
    void threeColouredObjectsGiveTheirMasksAndTheBackgroundsAfterDeduplication() {
        AutomaticMasks result = run(fourTokens, threeObjects(), grid8());
        int background = W * H - 6144 - 7680 - 19200;
        assertArrayEquals(new int[] {background, 19200, 7680, 6144}, areas(result), "largest first");
        assertEquals(64, result.decoderRuns());
        assertEquals(192, result.candidates(), "three ambiguity masks per click");
        assertEquals(128, result.belowIou(), "tokens 1 and 3 (0.6, 0.7) are not above 0.88");
        assertEquals(0, result.unstable());
        assertEquals(60, result.duplicates(), "64 masks of 4 regions");
        AutomaticMask red = result.masks().get(3);
        assertEquals(RED_BOX, red.box());
        assertEquals(RED_BOX, red.mask().bounds());
        assertEquals(6144, red.mask().count());
        assertTrue(Plates.coversInterior(red.mask(), RED_BOX, 0));
        assertEquals(0.9, red.predictedIou(), 1e-6);
        assertEquals(1.0, red.stability(), 1e-12, "every red cell has logit 1.5 and every other below -1");
        assertEquals(GREEN_BOX, result.masks().get(1).box());
        assertEquals(BLUE_BOX, result.masks().get(2).box());
        assertEquals(new Box(0, 0, W, H), result.masks().get(0).crop());
    }

    @Test
    void theLabelImageNamesEachPixelsMaskAndConvertsToAMaskStack() {
        AutomaticMasks result = run(fourTokens, threeObjects(), grid8());
        int[] labels = result.labels();
        assertEquals(4, labels[RED_BOX.y() * W + RED_BOX.x()]);
        assertEquals(3, labels[BLUE_BOX.maxY() * W + BLUE_BOX.maxX()]);
        assertEquals(2, labels[100 * W + 400]);
        assertEquals(1, labels[0]);
        List<Mask> stack = MaskLabels.toMasks(labels, W, H, result.masks().size());
        for (int i = 0; i < stack.size(); i++) {
            assertEquals(result.masks().get(i).mask(), stack.get(i), "disjoint masks: label " + (i + 1));
        }
    }

    @Test
    void theLabelImageGivesNestedPixelsToTheSmallerMaskAndEqualAreasToTheHigherScore() {
        Mask big = Mask.empty(4, 1);
        big.set(0, true);
        big.set(1, true);
        big.set(2, true);
        Mask small = Mask.empty(4, 1);
        small.set(1, true);
        Mask rival = Mask.empty(4, 1);
        rival.set(1, true);
        Box b = new Box(0, 0, 1, 1);
        List<AutomaticMask> masks = List.of(new AutomaticMask(big, b, 3, 0.9, 1, 0, 0, b),
                new AutomaticMask(small, b, 1, 0.8, 1, 0, 0, b), new AutomaticMask(rival, b, 1, 0.95, 1, 0, 0, b));
        assertArrayEquals(new int[] {1, 3, 1, 0}, MaskLabels.of(masks, 4, 1));
    }

    @Test
    void thePredictedIouFilterRemovesTheTokensAtOrBelowIt() {
        AutomaticMasks loose = run(fourTokens, threeObjects(), grid8().withThresholds(0.65, 0.95));
        assertEquals(64, loose.belowIou(), "only token 1 (0.6)");
        assertEquals(4, loose.masks().size(), "token 3 gives the same regions; NMS keeps token 2's");
        assertTrue(loose.masks().stream().allMatch(m -> Math.abs(m.predictedIou() - 0.9) < 1e-6));
        AutomaticMasks strict = run(fourTokens, threeObjects(), grid8().withThresholds(0.9, 0.95));
        assertEquals(192, strict.belowIou(), "0.9 is not above 0.9");
        assertEquals(0, strict.masks().size());
    }

    /**
     * Grey A and a red-shifted grey B side by side (colour distance² 0.9865): a click on either gives A ∪ B at
     * threshold 1.5, where only the clicked half is above +1 and both are above −1, so the stability is 0.5.
     */
    @Test
    void theStabilityFilterRemovesAnAmbiguousMask() throws Exception {
        Path single = SamFixtures.decoder(models, "decoder1.onnx", new float[] {1.5f}, new float[] {0.9f});
        int[] p = Plates.filled(W, H, DARK);
        Box a = new Box(64, 64, 64, 64);
        Box b = new Box(128, 64, 64, 64);
        Box c = new Box(320, 64, 96, 96);
        Plates.paint(p, W, a, 0x787878);
        Plates.paint(p, W, b, 0xB27878);
        Plates.paint(p, W, c, Plates.BLUE);
        Plate plate = Plate.rgb(W, H, p);
        AutomaticMasks strict = run(single, plate, grid8());
        assertEquals(4, strict.unstable(), "two grid points on A, two on B");
        assertArrayEquals(new int[] {W * H - 8192 - 9216, 9216}, areas(strict));
        AutomaticMasks loose = run(single, plate, grid8().withThresholds(0.88, 0.4));
        assertArrayEquals(new int[] {W * H - 8192 - 9216, 9216, 8192}, areas(loose));
        assertEquals(0.5, loose.masks().get(2).stability(), 1e-12);
        assertEquals(new Box(64, 64, 128, 64), loose.masks().get(2).box());
    }

    @Test
    void minAreaRemovesTheSmallestObject() {
        AutomaticMasks result = run(fourTokens, threeObjects(), grid8().withMinArea(7000));
        assertEquals(2, result.tooSmall(), "the two grid points on the red box");
        assertArrayEquals(new int[] {W * H - 6144 - 7680 - 19200, 19200, 7680}, areas(result));
    }

    /**
     * A big grey A and a 16-pixel strip B of red-shifted grey: token 1 (threshold 0.5) cuts A or B alone, token 2
     * (threshold 3) gives A ∪ B, whose box overlaps A's by IoU 96/112 > 0.7; NMS keeps the higher-scored of them.
     */
    @Test
    void nmsKeepsTheBetterOfTwoOverlappingMasks() throws Exception {
        int[] p = Plates.filled(W, H, DARK);
        Plates.paint(p, W, new Box(64, 64, 96, 64), 0x787878);
        Plates.paint(p, W, new Box(160, 64, 16, 64), 0xB27878);
        Plate plate = Plate.rgb(W, H, p);
        AutomaticMaskSettings settings = grid8().withThresholds(0.5, 0);
        Path unionBetter = SamFixtures.decoder(models, "union-better.onnx", new float[] {4f, 0.5f, 3f, 0.5f},
                new float[] {0.99f, 0.9f, 0.93f, 0.1f});
        AutomaticMasks union = run(unionBetter, plate, settings);
        assertArrayEquals(new int[] {W * H - 7168, 7168, 1024}, areas(union), "A ∪ B beats A; B stays (IoU 1/7)");
        assertEquals(0.93, union.masks().get(1).predictedIou(), 1e-6);
        Path partBetter = SamFixtures.decoder(models, "part-better.onnx", new float[] {4f, 0.5f, 3f, 0.5f},
                new float[] {0.99f, 0.93f, 0.9f, 0.1f});
        AutomaticMasks part = run(partBetter, plate, settings);
        assertArrayEquals(new int[] {W * H - 7168, 6144, 1024}, areas(part), "A beats A ∪ B");
        assertEquals(new Box(64, 64, 96, 64), part.masks().get(1).box());
    }

    @Test
    void boxNmsSuppressesAboveTheThresholdBestScoreFirst() {
        Box a = new Box(0, 0, 10, 10);
        Box shifted = new Box(1, 0, 10, 10);  // IoU 90 / 110
        Box half = new Box(5, 0, 10, 10);     // IoU with a: 50 / 150
        assertEquals(90.0 / 110, BoxNms.iou(a, shifted), 1e-12);
        assertEquals(50.0 / 150, BoxNms.iou(a, half), 1e-12);
        assertEquals(0, BoxNms.iou(a, new Box(10, 0, 5, 5)));
        assertArrayEquals(new int[] {1}, BoxNms.keep(List.of(a, shifted), new double[] {0.9, 0.95}, 0.7));
        assertArrayEquals(new int[] {0}, BoxNms.keep(List.of(a, shifted), new double[] {0.96, 0.95}, 0.7));
        assertArrayEquals(new int[] {0, 1}, BoxNms.keep(List.of(a, half), new double[] {0.9, 0.8}, 0.7));
        assertArrayEquals(new int[] {0, 1}, BoxNms.keep(List.of(a, shifted), new double[] {0.9, 0.8}, 0.85));
    }

    @Test
    void cropBoxesFollowSamsOverlappingGrid() {
        // short side 256: overlap int(512/1500 * 256) = 87; crop 300 x 172; origins 0, 213 and 0, 85
        assertEquals(List.of(new Box(0, 0, 512, 256), new Box(0, 0, 300, 172), new Box(0, 85, 300, 171),
                new Box(213, 0, 299, 172), new Box(213, 85, 299, 171)), CropBoxes.of(512, 256, 1));
        assertEquals(1 + 4 + 16, CropBoxes.of(1920, 1080, 2).size());
        Box crop = new Box(213, 0, 299, 172);
        assertTrue(CropBoxes.nearCropEdge(new Box(300, 100, 50, 60), crop, 512, 256), "bottom 159 near 172");
        assertTrue(!CropBoxes.nearCropEdge(new Box(300, 100, 212, 40), crop, 512, 256), "right edge is the plate's");
        assertTrue(CropBoxes.nearCropEdge(new Box(220, 30, 50, 50), crop, 512, 256), "left 220 near 213");
    }

    /**
     * With crop_n_layers = 1 the 2 × 2 crops are prompted too (5 × 64 runs). A grey object placed between the
     * whole plate's grid rows (y 112 and 144) and columns is missed without crops; the first crop's grid
     * (x 131.25, y 118.25 and 139.75) finds it. The background, cut by every crop's inner edges, comes from the
     * whole plate only.
     */
    @Test
    void cropLayersPromptTheCropsAndDropMasksCutByTheirEdges() {
        int[] p = Plates.filled(W, H, DARK);
        Box hidden = new Box(104, 116, 48, 26);
        Plates.paint(p, W, hidden, 0xE6E6E6);
        Plate plate = Plate.rgb(W, H, p);
        AutomaticMaskSettings settings = grid8().withThresholds(0.88, 0.5);
        AutomaticMasks whole = run(fourTokens, plate, settings);
        assertEquals(1, whole.masks().size(), "the background alone: no grid point falls on the object");
        AutomaticMasks crops = run(fourTokens, plate, settings.withCropLayers(1));
        assertEquals(5 * 64, crops.decoderRuns());
        assertTrue(crops.cutByCrop() > 0, "background masks of the crops touch their inner edges");
        AutomaticMask background = crops.masks().get(0);
        assertEquals(new Box(0, 0, W, H), background.crop());
        assertEquals(2, crops.masks().size(), areas(crops).length + " masks");
        AutomaticMask found = crops.masks().get(1);
        assertTrue(found.crop().width() < W, "found in a crop");
        assertTrue(BoxNms.iou(found.box(), hidden) > 0.75, found.box() + " vs " + hidden);
    }

    /**
     * SAM 2's decoder returns 256 × 256 logits of the stretched frame: the generator's row-by-row bilinear scan
     * must give exactly the mask a click gives through the session (LowResUpsampler) for each object.
     */
    @Test
    void sam2MasksEqualTheMasksAClickGivesThroughTheSession() throws Exception {
        Path enc2 = SamFixtures.sam2Encoder(models, "sam2-encoder.onnx");
        Path dec2 = SamFixtures.sam2Decoder(models, "sam2-decoder.onnx", new float[] {0.3f, 1.5f, 6f},
                new float[] {0.6f, 0.9f, 0.7f});
        SamModel model = SamModels.open("fixture2", enc2, dec2, Device.CPU);
        SamSegmenter segmenter = new SamSegmenter(model, new SamSettings(Multimask.BEST, CacheMode.MEMORY,
                new EmbeddingCache(64L << 20, models.resolve("cache2"))));
        Plate plate = threeObjects();
        AutomaticMasks result = new AutomaticMaskGenerator(segmenter, grid8().withThresholds(0.88, 0.9))
                .generate(plate, ProgressListener.NONE);
        assertEquals(4, result.masks().size(), result.masks().stream().map(AutomaticMask::box).toList().toString());
        try (SamSession session = segmenter.openWhole(plate, ProgressListener.NONE)) {
            for (AutomaticMask m : result.masks()) {
                int x = (int) m.pointX();
                int y = (int) m.pointY();
                Mask clicked = session.segment(io.github.parallaxlayers.segment.Prompt.of(
                        List.of(io.github.parallaxlayers.segment.Click.positive(x, y))), ProgressListener.NONE).mask();
                assertEquals(clicked, m.mask(), "mask prompted at " + x + "," + y);
            }
        }
        assertTrue(Plates.coversInterior(result.masks().get(3).mask(), RED_BOX, 2));
        assertTrue(Plates.staysWithin(result.masks().get(3).mask(), RED_BOX, 2));
    }

    /**
     * The scan reads only pixels near a threshold crossing of the low-resolution logits; on a 300 × 200 plate (frame scale
     * 3.41, cells across pixel edges) with objects off the cell grid, its stability and mask must equal a scan of
     * every pixel, for every candidate of a grid of prompts, with SAM v1 and SAM 2 fixtures.
     */
    @Test
    void theBoundedScanAgreesWithAScanOfEveryPixel() throws Exception {
        int w = 300;
        int h = 200;
        int[] p = Plates.filled(w, h, DARK);
        Plates.paint(p, w, new Box(13, 17, 77, 55), Plates.RED);
        Plates.paint(p, w, new Box(150, 101, 123, 90), 0x787878);
        Plates.paint(p, w, new Box(171, 120, 41, 33), 0x8C7878);
        Plate plate = Plate.rgb(w, h, p);
        Path sam2Encoder = SamFixtures.sam2Encoder(models, "scan-sam2-encoder.onnx");
        Path sam2Decoder = SamFixtures.sam2Decoder(models, "scan-sam2-decoder.onnx", new float[] {0.3f, 1.5f, 6f},
                new float[] {0.6f, 0.9f, 0.7f});
        int compared = 0;
        for (SamModel model : List.of(SamModels.open("v1", encoder, fourTokens, Device.CPU),
                SamModels.open("v2", sam2Encoder, sam2Decoder, Device.CPU))) {
            SamSegmenter segmenter = new SamSegmenter(model, new SamSettings(Multimask.ALL, CacheMode.OFF,
                    new EmbeddingCache(1L << 20, models.resolve("scan-cache"))));
            try (SamSession session = segmenter.openWhole(plate, ProgressListener.NONE);
                 PromptDecoder.Bound bound = model.decoder().bind(session.embedding(), session.frame())) {
                CandidateScan bounded = new CandidateScan(w, h, 1.0, session.frame());
                CandidateScan full = new CandidateScan(w, h, 1.0, session.frame());
                for (int j = 0; j < 6; j++) {
                    for (int i = 0; i < 6; i++) {
                        PromptTensors point = model.decoder().point((i + 0.5) / 6 * w, (j + 0.5) / 6 * h,
                                session.frame());
                        DecoderOutput out = bound.decode(point, null);
                        for (int k = 0; k < out.count(); k++) {
                            bounded.scan(out, k);
                            full.scanAll(out, k);
                            assertEquals(full.stability(), bounded.stability(), 0, model.id() + " token " + k);
                            assertEquals(full.runs().area(), bounded.runs().area());
                            if (full.runs().area() > 0) {
                                assertEquals(full.runs().build().toMask(), bounded.runs().build().toMask());
                                assertEquals(out.mask(k), bounded.runs().build().toMask());
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        assertEquals(36 * 4 + 36 * 3, compared);
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AutomaticMaskSettings.DEFAULTS.withPointsPerSide(0));
        assertTrue(e.getMessage().contains("points_per_side=0"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> AutomaticMaskSettings.DEFAULTS.withCropLayers(3));
        assertTrue(e.getMessage().contains("crop_n_layers=3"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> AutomaticMaskSettings.DEFAULTS.withThresholds(1.2, 0.9));
        assertTrue(e.getMessage().contains("pred_iou_thresh"), e.getMessage());
    }
}
