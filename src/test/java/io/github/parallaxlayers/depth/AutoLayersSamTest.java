package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator;
import io.github.parallaxlayers.segment.sam.AutomaticMaskSettings;
import io.github.parallaxlayers.segment.sam.AutomaticMasks;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamFixtureFiles;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto Layers with regions=sam on the fixture SAM model (segment.sam.SamFixtures: masks are the 8 × 8-pixel cells
 * of the clicked colour on a 512 × 256 plate). A red box tilts in depth: its left 58 columns at disparity 200, its
 * right 38 at 120, the depth of a blue box; the background is at 20. Superpixels of the flat red split it between
 * the front and middle planes; a SAM mask goes wholly to the plane of its median depth (200, 3712 of 6144 px).
 */
class AutoLayersSamTest {
    static final int W = 512;
    static final int H = 256;

    @TempDir
    Path temp;

    @Test
    void eachSamMaskGoesWhollyToOnePlane() throws Exception {
        int[] rgb = new int[W * H];
        float[] depth = new float[W * H];
        Mask red = Mask.empty(W, H);
        Mask blue = Mask.empty(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int i = y * W + x;
                boolean inRed = x >= 64 && x < 160 && y >= 32 && y < 96;
                boolean inBlue = x >= 200 && x < 280 && y >= 120 && y < 216;
                red.set(i, inRed);
                blue.set(i, inBlue);
                rgb[i] = inRed ? 0xDC1E1E : inBlue ? 0x1E1EDC : 0x141414;
                depth[i] = inRed ? (x < 122 ? 200 : 120) : inBlue ? 120 : 20;
            }
        }
        Plate plate = Plate.rgb(W, H, rgb);
        DepthMap map = new DepthMap(W, H, depth);
        AutoLayersSettings settings = AutoLayersSettings.DEFAULTS.withPlanes(3);

        Path models = SamFixtureFiles.writeModelFolder(temp.resolve("sam"));
        SamSegmenter sam = new SamSegmenter(SamModels.fromFiles(models.toString(), Device.CPU),
                new SamSettings(Multimask.ALL, CacheMode.MEMORY, new EmbeddingCache(64L << 20, temp.resolve("c"))));
        AutomaticMasks masks = new AutomaticMaskGenerator(sam, AutomaticMaskSettings.DEFAULTS.withPointsPerSide(8))
                .generate(plate, ProgressListener.NONE);
        assertEquals(3, masks.masks().size(), "background, blue, red");

        DepthPlanes snapped = AutoLayers.split(plate, map, settings, masks.labels(), ProgressListener.NONE);
        assertEquals(3, snapped.masks().size());
        assertEquals(red, snapped.masks().get(0), "the whole red box is the front plane");
        assertEquals(blue, snapped.masks().get(1));
        assertEquals("far", snapped.names().get(2));
        assertEquals(W * H - 6144 - 7680, snapped.masks().get(2).count());

        DepthPlanes superpixels = AutoLayers.split(plate, map, settings, ProgressListener.NONE);
        int front = superpixels.masks().get(0).count();
        assertTrue(front < 6144 - 1000, "superpixels split the tilted box: front plane " + front + " px");
    }

    @Test
    void objectLabelsOfAnotherSizeAreRefused() {
        Plate plate = Plate.rgb(4, 4, new int[16]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AutoLayers.split(plate,
                new DepthMap(4, 4, new float[16]), AutoLayersSettings.DEFAULTS, new int[15], ProgressListener.NONE));
        assertTrue(e.getMessage().contains("15 pixels"), e.getMessage());
    }

    @Test
    void labelledObjectsBecomeRegionsNumberedAfterTheSuperpixels() {
        int[] superpixels = {0, 0, 1, 1, 2, 2};
        int[] objects = {0, 7, 7, 0, 3, 0};
        assertEquals(java.util.List.of(0, 3, 3, 1, 4, 2),
                java.util.Arrays.stream(AutoLayers.withObjects(superpixels, objects)).boxed().toList());
    }
}
