package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.export.LayersManifest;
import io.github.parallaxlayers.export.LayerStackExporter;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing a layer stack (rename, depth, order) and the export → import round trip, through real macros. */
class LayerCommandsTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** A 60×40 plate with three masks: a small square (front), a wide bar (middle), a full background. */
    private static final String THREE_LAYERS = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 2); setSlice(1); setMetadata('Label', 'square');"
            + "setColor(255); fillRect(60, 40, 60, 60); setSlice(2); setMetadata('Label', 'bar');"
            + "fillRect(0, 60, 200, 20);"
            + "run('Build Layer Stack', 'plate=plate masks=masks background=sky');";

    private static List<String> names(LayerStack stack) {
        return stack.layers().stream().map(l -> l.name()).toList();
    }

    @Test
    void renameSetDepthAndReorder() {
        ok(THREE_LAYERS + "run('Rename Layer', 'layer=bar name=[stone wall]');"
                + "run('Set Layer Depth', 'layer=sky depth=500');"
                + "run('Set Layer Depth', 'layer=square depth=3.5');"
                + "run('Reorder Layers', 'layer=[stone wall] position=1');");
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));
        assertEquals(List.of("stone wall", "square", "sky"), names(stack));
        assertEquals(3.5, stack.layers().get(1).depthHint());
        assertEquals(500, stack.layers().get(2).depthHint());
        ok("selectImage('plate-layers'); run('Reorder Layers', 'order=[square, stone wall, sky]');");
        assertEquals(List.of("square", "stone wall", "sky"), names(LayerImages.fromImage(image("plate-layers"))));
    }

    @Test
    void badEditsNameTheLayers() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(THREE_LAYERS + "run('Rename Layer', 'layer=tree name=x');");
        assertTrue(run.error().contains("no layer called 'tree'") && run.error().contains("square, bar, sky"),
                run.error());
        ImageJTestSupport.closeAll();
        run = ImageJTestSupport.runMacro(THREE_LAYERS + "run('Reorder Layers', 'order=[square,sky]');");
        assertTrue(run.error().contains("names 2 layers but the stack has 3"), run.error());
        ImageJTestSupport.closeAll();
        // An 8-bit image is a mask stack (its slices are its layers), so the message names its layers.
        run = ImageJTestSupport.runMacro("newImage('x', '8-bit black', 10, 10, 1); run('Rename Layer', 'layer=a name=b');");
        assertTrue(run.error().contains("no layer called 'a'") && run.error().contains("layer-1"), run.error());
        ImageJTestSupport.closeAll();
        run = ImageJTestSupport.runMacro("newImage('x', 'RGB black', 10, 10, 1); run('Rename Layer', 'layer=a name=b');");
        assertTrue(run.error().contains("not a layer stack"), run.error());
    }

    @Test
    void exportThenImportGivesIdenticalLayers() throws Exception {
        Path out = temp.resolve("export");
        ok(THREE_LAYERS + "run('Set Layer Depth', 'layer=bar depth=12');"
                + "run('Export Layer Stack', 'folder=[" + out + "]');");
        LayerStack exported = LayerImages.fromImage(image("plate-layers"));
        ImageJTestSupport.closeAll();
        ok("run('Import Layer Stack', 'folder=[" + out + "]');");
        ImagePlus imported = image("plate-layers");
        LayerStack back = LayerImages.fromImage(imported);
        assertEquals(names(exported), names(back));
        for (int i = 0; i < exported.layers().size(); i++) {
            assertArrayEquals(exported.layers().get(i).argb(), back.layers().get(i).argb(), "layer " + i);
            assertEquals(exported.layers().get(i).bounds(), back.layers().get(i).bounds());
            assertEquals(exported.layers().get(i).depthHint(), back.layers().get(i).depthHint());
        }
        LayersManifest manifest = LayerStackExporter.readManifest(out);
        assertEquals(12.0, manifest.layers().get(1).depthHint());
        // Exporting the imported stack again gives byte-identical files.
        Path again = temp.resolve("again");
        ok("selectImage('plate-layers'); run('Export Layer Stack', 'folder=[" + again + "]');");
        for (String file : List.of("layers.json", "layer-01-square.png", "mask-02-bar.png", "plate-filled.png")) {
            assertArrayEquals(java.nio.file.Files.readAllBytes(out.resolve(file)),
                    java.nio.file.Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void croppedCardsAreSmallAndComeBackInPlace() throws Exception {
        Path out = temp.resolve("cropped");
        ok(THREE_LAYERS + "run('Export Layer Stack', 'folder=[" + out + "] format=all crop margin=4');");
        LayerStack exported = LayerImages.fromImage(image("plate-layers"));
        java.awt.image.BufferedImage square = javax.imageio.ImageIO.read(out.resolve("layer-01-square.png").toFile());
        assertEquals(68, square.getWidth(), "60 px square + 2 × 4 px margin");
        assertEquals(68, square.getHeight());
        LayersManifest manifest = LayerStackExporter.readManifest(out);
        assertEquals(new LayersManifest.Bounds(56, 36, 68, 68), manifest.layers().get(0).image());
        assertEquals(new LayersManifest.Bounds(0, 0, 200, 150), manifest.layers().get(2).image(), "a full layer stays whole");
        ImageJTestSupport.closeAll();
        ok("run('Import Layer Stack', 'folder=[" + out + "]');");
        LayerStack back = LayerImages.fromImage(image("plate-layers"));
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(exported.layers().get(i).argb(), back.layers().get(i).argb(), "layer " + i);
        }
    }

    @Test
    void importOfAFolderWithoutManifestSaysSo() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Import Layer Stack', 'folder=[" + temp + "]');");
        assertTrue(run.error().contains("has no layers.json"), run.error());
    }
}
