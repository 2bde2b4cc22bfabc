package io.github.parallaxlayers.segment.sam;

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

import static io.github.parallaxlayers.segment.sam.SamSegmenterTest.BLUE_BOX;
import static io.github.parallaxlayers.segment.sam.SamSegmenterTest.H;
import static io.github.parallaxlayers.segment.sam.SamSegmenterTest.RED_BOX;
import static io.github.parallaxlayers.segment.sam.SamSegmenterTest.W;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SAM 2 (samexporter contract) through its fixture models: stretched frame, no padding point, low-res masks. */
class Sam2SegmenterTest {
    @TempDir
    static Path models;
    static SamModel model;

    @BeforeAll
    static void writeModels() throws Exception {
        model = SamModels.open("sam2-fixture", SamFixtures.sam2Encoder(models, "sam2.encoder.onnx"),
                SamFixtures.sam2Decoder(models, "sam2.decoder.onnx", new float[] {0.3f, 4f, 6f},
                        new float[] {0.5f, 0.9f, 0.7f}), Device.CPU);
    }

    private static SamSession open(Plate plate, Multimask multimask) {
        return new SamSegmenter(model, new SamSettings(multimask, CacheMode.OFF,
                new EmbeddingCache(1 << 20, models.resolve("cache")))).openWhole(plate, ProgressListener.NONE);
    }

    @Test
    void promptsUseTheStretchedFrameWithBoxCornersFirstAndNoPaddingPoint() {
        SamFrame frame = SamFrame.stretched(2250, 1500);
        PromptTensors t = PromptTensors.sam2(new Prompt(List.of(Click.positive(1000, 700)),
                new Box(100, 200, 1001, 501), null), frame);
        assertEquals(3, t.count());
        assertEquals(2f, t.labels()[0]);
        assertEquals(3f, t.labels()[1]);
        assertEquals(1f, t.labels()[2]);
        assertEquals(455.1111f, t.coords()[4], 1e-3); // the contract's worked example: (1000, 700) → (455.11, 477.87)
        assertEquals(477.8667f, t.coords()[5], 1e-3);
        assertEquals(1, PromptTensors.sam2(Prompt.of(List.of(Click.positive(1, 1))), frame).count());
    }

    @Test
    void aClickLandsOnTheObjectAndTheMaskIsResizedToThePlate() {
        SamSession session = open(SamSegmenterTest.scene(), Multimask.BEST);
        Segmentation red = session.segment(Prompt.of(List.of(Click.positive(60, 150))), ProgressListener.NONE);
        assertEquals(W, red.mask().width());
        assertEquals(H, red.mask().height());
        assertEquals(0.9, red.score(), 1e-6);
        assertTrue(Plates.coversInterior(red.mask(), RED_BOX, 5));
        assertTrue(Plates.staysWithin(red.mask(), RED_BOX, 5));
        Mask blue = session.segment(new Prompt(List.of(Click.positive(270, 25)), new Box(190, 10, 100, 80), null),
                ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(blue, BLUE_BOX, 5) && Plates.staysWithin(blue, BLUE_BOX, 5));
        // a further negative click on the same colour: the previous low-res mask (mask_input) keeps the object
        Prompt first = Prompt.of(List.of(Click.positive(60, 150)));
        session.segment(first, ProgressListener.NONE);
        Mask refined = session.segment(first.withClick(Click.negative(70, 160), null), ProgressListener.NONE).mask();
        assertTrue(Plates.coversInterior(refined, RED_BOX, 5));
        Mask fresh = open(SamSegmenterTest.scene(), Multimask.BEST)
                .segment(first.withClick(Click.negative(70, 160), null), ProgressListener.NONE).mask();
        assertTrue(fresh.isEmpty());
    }

    @Test
    void allThreeMasksAreCandidates() {
        List<Segmentation> all = open(SamSegmenterTest.scene(), Multimask.ALL)
                .candidates(Prompt.of(List.of(Click.positive(60, 150), Click.positive(65, 155))), ProgressListener.NONE);
        assertEquals(List.of(0.9, 0.7, 0.5), all.stream().map(s -> Math.round(s.score() * 10) / 10.0).toList(),
                "SAM 2's export has no single-mask token: three candidates even for two clicks");
    }

    @Test
    void bilinearUpsamplingOfLowResLogitsMatchesABruteForceReference() {
        float[] logits = new float[16];
        for (int i = 0; i < 16; i++) {
            logits[i] = (i % 4) - 1.4f + (i / 4) * 0.3f;
        }
        int w = 10;
        int h = 7;
        Mask fast = LowResUpsampler.threshold(logits, 0, 4, w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = Math.max(0, (x + 0.5) * 4 / w - 0.5);
                double sy = Math.max(0, (y + 0.5) * 4 / h - 0.5);
                int x0 = Math.min((int) sx, 3);
                int y0 = Math.min((int) sy, 3);
                int x1 = Math.min(x0 + 1, 3);
                int y1 = Math.min(y0 + 1, 3);
                double fx = sx - x0;
                double fy = sy - y0;
                double v = (1 - fy) * ((1 - fx) * logits[y0 * 4 + x0] + fx * logits[y0 * 4 + x1])
                        + fy * ((1 - fx) * logits[y1 * 4 + x0] + fx * logits[y1 * 4 + x1]);
                assertEquals(v > 0, fast.get(x, y), "pixel " + x + "," + y + " value " + v);
            }
        }
    }
}
