package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.InteractiveSegmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The click tool's state on a SAM session: each click refines, undo gives the earlier mask back, one encoding. */
class InteractiveSamTest {
    @TempDir
    Path models;

    @Test
    void clicksRefineUndoRestoresAndTheEncoderRunsOnce() throws Exception {
        SamModel model = SamModels.open("fixture", SamFixtures.encoderNchw(models, "e.onnx", "input_image"),
                SamFixtures.decoder(models, "d.onnx", new float[] {4f}, new float[] {0.8f}), Device.CPU);
        EmbeddingCache cache = new EmbeddingCache(64L << 20, models.resolve("cache"));
        SamSession session = new SamSegmenter(model, new SamSettings(Multimask.BEST, CacheMode.MEMORY, cache))
                .openWhole(SamSegmenterTest.scene(), ProgressListener.NONE);
        try (InteractiveSegmentation clicks = new InteractiveSegmentation(session, SamSegmenterTest.W,
                SamSegmenterTest.H)) {
            assertNull(clicks.add(Click.negative(5, 5)), "a negative click alone makes no mask");
            Mask red = clicks.add(Click.positive(60, 150)).mask();
            assertTrue(Plates.coversInterior(red, SamSegmenterTest.RED_BOX, 5));
            Mask both = clicks.add(Click.positive(270, 25)).mask();
            assertTrue(Plates.coversInterior(both, SamSegmenterTest.BLUE_BOX, 5)
                    && Plates.coversInterior(both, SamSegmenterTest.RED_BOX, 5));
            assertEquals(red, clicks.undo().mask(), "undo gives the earlier mask back exactly");
            assertEquals(2, clicks.clicks().size());
            clicks.clear();
            assertNull(clicks.current());
            assertEquals(1, cache.encoderRuns());
        }
    }
}
