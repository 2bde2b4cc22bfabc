package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.SegmentationSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** crop_to_prompts: a thin structure of a 4K plate is cut far tighter from a crop than from the whole plate. */
class CropToPromptsTest {
    @TempDir
    Path models;

    @Test
    void theCropIsThePromptBoundsGrownByHalfItsSideAndAtLeast256() {
        Prompt one = Prompt.of(List.of(Click.positive(1000, 500)));
        assertEquals(new Box(872, 372, 257, 257), CropToPromptsSession.cropFor(one, 4096, 2160));
        Prompt two = Prompt.of(List.of(Click.positive(1000, 500), Click.negative(1400, 600)));
        // bounds 401 x 101, grown by 200 on every side
        assertEquals(new Box(800, 300, 801, 501), CropToPromptsSession.cropFor(two, 4096, 2160));
        assertEquals(new Box(0, 0, 129, 129), CropToPromptsSession.cropFor(Prompt.of(List.of(Click.positive(0, 0))),
                4096, 2160), "clipped to the plate");
    }

    @Test
    void aThinBarIsCutTightlyFromACrop() throws Exception {
        int w = 4096;
        int h = 2160;
        int[] p = Plates.filled(w, h, Plates.GREEN);
        Box bar = new Box(2000, 600, 12, 900); // 12 px wide: a fifth of one encoder cell of the whole plate
        Plates.paint(p, w, bar, Plates.RED);
        Plate plate = Plate.rgb(w, h, p);
        SamModel model = SamModels.open("fixture", SamFixtures.encoderNchw(models, "e.onnx", "input_image"),
                SamFixtures.decoder(models, "d.onnx", new float[] {4f}, new float[] {0.8f}), Device.CPU);
        EmbeddingCache cache = new EmbeddingCache(256L << 20, models.resolve("cache"));
        Prompt click = Prompt.of(List.of(Click.positive(2005, 1000)));
        Mask whole = new SamSegmenter(model, new SamSettings(Multimask.BEST, CacheMode.MEMORY, cache))
                .open(plate, ProgressListener.NONE).segment(click, ProgressListener.NONE).mask();
        SegmentationSession cropped = new SamSegmenter(model,
                new SamSettings(Multimask.BEST, CacheMode.MEMORY, cache, true)).open(plate, ProgressListener.NONE);
        Mask tight = cropped.segment(click, ProgressListener.NONE).mask();
        assertEquals(w, tight.width());
        assertEquals(h, tight.height());
        Box crop = ((CropToPromptsSession) cropped).crop();
        // inside the crop the bar is found to within one crop cell (257 px → 1024: a cell is about 4 px)
        Box inCrop = new Box(bar.x(), crop.y(), bar.width(), crop.height());
        assertTrue(Plates.coversInterior(tight, new Box(bar.x(), crop.y() + 8, bar.width(), crop.height() - 16), 4));
        assertTrue(Plates.staysWithin(tight, inCrop, 5));
        int wholeInCrop = 0;
        for (int y = crop.y(); y <= crop.maxY(); y++) {
            for (int x = crop.x(); x <= crop.maxX(); x++) {
                wholeInCrop += whole.get(x, y) ? 1 : 0;
            }
        }
        assertTrue(wholeInCrop > 3 * tight.count(), "the whole-plate mask is a cell-wide band: " + wholeInCrop
                + " px in the crop against " + tight.count());
        // a second click inside the crop reuses its embedding: one encoding for the whole plate, one for the crop
        cropped.segment(click.withClick(Click.positive(2006, 1050), null), ProgressListener.NONE);
        assertEquals(2, cache.encoderRuns());
    }
}
