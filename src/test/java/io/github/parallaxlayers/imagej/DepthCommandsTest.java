package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.depth.DepthFixtures;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Estimate Depth, Auto Layers and Order Layers by Depth through real macros, headless. */
class DepthCommandsTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /**
     * A 200×150 plate: a red square (60,40)–(119,99) in front of a green bar (rows 110–129) in front of a blue
     * wall; its true disparity 200 / 100 / 20 as a 32-bit depth image; and a mask stack of the three, back first.
     */
    private static final String SCENE = "newImage('plate', 'RGB black', 200, 150, 1);"
            + "setColor(40, 60, 200); fillRect(0, 0, 200, 150);"
            + "setColor(40, 180, 60); fillRect(0, 110, 200, 20);"
            + "setColor(220, 30, 30); fillRect(60, 40, 60, 60);"
            + "newImage('disparity', '32-bit black', 200, 150, 1);"
            + "setColor(20); fillRect(0, 0, 200, 150); setColor(100); fillRect(0, 110, 200, 20);"
            + "setColor(200); fillRect(60, 40, 60, 60);"
            + "newImage('masks', '8-bit black', 200, 150, 3); setColor(255);"
            + "setSlice(1); setMetadata('Label', 'wall'); fillRect(0, 0, 200, 150);"
            + "setSlice(2); setMetadata('Label', 'bar'); fillRect(0, 110, 200, 20);"
            + "setSlice(3); setMetadata('Label', 'square'); fillRect(60, 40, 60, 60);";

    @Test
    void autoLayersCutsThePlanesAlongTheEdgesAndBuildsWithTheirDepths() {
        ok(SCENE + "run('Auto Layers', 'plate=plate depth=disparity kind=disparity region_size=10');"
                + "run('Build Layer Stack', 'plate=plate masks=plate-auto-layers');");
        ImagePlus planes = image("plate-auto-layers");
        assertEquals(3, planes.getStackSize());
        assertEquals("far", Images.layerNames(planes).get(2));
        byte[] front = (byte[]) planes.getStack().getPixels(1);
        byte[] middle = (byte[]) planes.getStack().getPixels(2);
        int wrong = 0;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                boolean square = x >= 60 && x < 120 && y >= 40 && y < 100;
                boolean bar = !square && y >= 110 && y < 130;
                wrong += (front[y * 200 + x] != 0) != square ? 1 : 0;
                wrong += (middle[y * 200 + x] != 0) != bar ? 1 : 0;
            }
        }
        assertEquals(0, wrong, "pixels off the drawn edges");
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        assertEquals(1, stack.layers().get(0).depthHint(), 1e-9);
        assertEquals(2, stack.layers().get(1).depthHint(), 1e-9); // 200 / 100
        assertEquals(10, stack.layers().get(2).depthHint(), 1e-9); // 200 / 20
    }

    @Test
    void orderLayersByDepthSortsAMaskStackAndALayerStack() {
        ok(SCENE + "run('Order Layers by Depth', 'stack=masks depth=disparity border=2');"
                + "run('Build Layer Stack', 'plate=plate masks=masks-by-depth');"
                + "run('Build Layer Stack', 'plate=plate masks=masks');"
                + "rename('unsorted-layers');"
                + "run('Order Layers by Depth', 'stack=unsorted-layers depth=disparity');");
        ImagePlus sorted = image("masks-by-depth");
        assertEquals(List.of("square", "bar", "wall"), Images.layerNames(sorted));
        assertEquals("1.0,2.0,10.0", sorted.getProp(MaskStacks.DEPTH_PROPERTY));
        LayerStack built = LayerImages.fromImage(image("plate-layers"));
        assertEquals(List.of(1.0, 2.0, 10.0), built.layers().stream().map(l -> l.depthHint()).toList());
        LayerStack edited = LayerImages.fromImage(image("unsorted-layers"));
        assertEquals(List.of("square", "bar", "wall"), edited.layers().stream().map(l -> l.name()).toList());
        assertEquals(10.0, edited.layers().get(2).depthHint(), 1e-9);
    }

    @Test
    void depthMapOfAnotherSizeStopsTheMacroWithOneLine() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(SCENE
                + "newImage('small', '32-bit black', 20, 15, 1);"
                + "run('Auto Layers', 'plate=plate depth=small');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("must have the same size"), run.error());
    }

    @Test
    void estimateDepthWithAFixtureModelOfTheDepthAnythingContract() throws Exception {
        Path model = DepthFixtures.depthAnythingLike(temp);
        ok("newImage('grey', 'RGB black', 90, 70, 1); setColor(128, 128, 128); fillRect(0, 0, 90, 70);"
                + "run('Estimate Depth', 'plate=grey device=cpu model_file=[" + model + "]');");
        ImagePlus depth = image("grey-depth");
        assertEquals(32, depth.getBitDepth());
        assertEquals(90, depth.getWidth());
        assertEquals(70, depth.getHeight());
        float[] v = (float[]) depth.getProcessor().getPixels();
        for (float f : v) {
            assertEquals(DepthFixtures.expectedForGrey(128), f, 1e-4);
        }
    }
}
