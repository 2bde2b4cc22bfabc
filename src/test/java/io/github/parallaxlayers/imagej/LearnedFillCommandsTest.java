package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.fill.learned.LearnedFixtures;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.onnx.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fill Masked Area with backend=lama/migan and Build Layer Stack per_layer, headless, with fixture models in a
 * model store chosen by -Dparallax.models (the fixtures fill every hole pixel with the mean known colour).
 */
class LearnedFillCommandsTest {
    private static final String HOLE = "newImage('hole', '8-bit black', 200, 150, 1); setColor(255);"
            + "fillRect(60, 40, 60, 60);";

    @TempDir
    Path temp;
    private String previousStore;

    @BeforeEach
    void store() throws Exception {
        previousStore = System.getProperty(ModelStore.PROPERTY);
        System.setProperty(ModelStore.PROPERTY, temp.resolve("models").toString());
    }

    @AfterEach
    void restore() {
        if (previousStore == null) {
            System.clearProperty(ModelStore.PROPERTY);
        } else {
            System.setProperty(ModelStore.PROPERTY, previousStore);
        }
        ImageJTestSupport.closeAll();
    }

    private static int rgb(String title, int x, int y) {
        int[] pixels = (int[]) image(title).getProcessor().getPixels();
        return pixels[y * 200 + x] & 0xffffff;
    }

    @Test
    void lamaAndMiganFillTheRedSquareWithTheBlueAround() throws Exception {
        LearnedFixtures.lamaFixed(temp.resolve("models").resolve("lama"));
        LearnedFixtures.miganPipeline(temp.resolve("models").resolve("migan"));
        for (String backend : new String[] {"lama", "migan"}) {
            for (String strategy : new String[] {"crop", "resize"}) {
                ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate") + HOLE
                        + "run('Fill Masked Area', 'plate=plate mask=hole backend=" + backend
                        + " device=cpu strategy=" + strategy + " dilate=0');");
                assertNull(run.error(), run.output());
                assertEquals(MacroChainTest.BLUE, rgb("plate-filled", 90, 70), backend + " " + strategy);
                assertEquals(MacroChainTest.BLUE, rgb("plate-filled", 60, 40), backend + " " + strategy);
                assertEquals(MacroChainTest.RED, rgb("plate", 90, 70), "plate untouched");
                ImageJTestSupport.closeAll();
            }
        }
    }

    @Test
    void originalOnTheFixedLamaNamesTheOtherStrategies() throws Exception {
        LearnedFixtures.lamaFixed(temp.resolve("models").resolve("lama"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate") + HOLE
                + "run('Fill Masked Area', 'plate=plate mask=hole backend=lama device=cpu strategy=original');");
        assertTrue(run.error() != null && run.error().contains("strategy=crop"), run.output());
    }

    @Test
    void aLocalModelFileIsUsedInsteadOfTheStore() throws Exception {
        Path file = LearnedFixtures.lamaDynamic(temp.resolve("elsewhere"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate") + HOLE
                + "run('Fill Masked Area', 'plate=plate mask=hole backend=lama model_file=[" + file + "] device=cpu "
                + "strategy=original dilate=0');");
        assertNull(run.error(), run.output());
        assertEquals(MacroChainTest.BLUE, rgb("plate-filled", 90, 70));
        ImageJTestSupport.closeAll();
        run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate") + HOLE
                + "run('Fill Masked Area', 'plate=plate mask=hole backend=patch model_file=[" + file + "]');");
        assertTrue(run.error() != null && run.error().contains("backend=patch takes none"), run.output());
    }

    @Test
    void aMissingModelGivesTheDownloadCommand() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate") + HOLE
                + "run('Fill Masked Area', 'plate=plate mask=hole backend=migan');");
        assertTrue(run.error() != null && run.error().contains("parallax-layers models download migan"),
                run.output());
    }

    @Test
    void perLayerFillsEachLayerBehindTheNearerOnes() throws Exception {
        LearnedFixtures.lamaFixed(temp.resolve("models").resolve("lama"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MacroChainTest.squarePlate("plate")
                + "newImage('masks', '8-bit black', 200, 150, 2); setSlice(1); setMetadata('Label', 'square');"
                + "setColor(255); fillRect(60, 40, 60, 60); setSlice(2); setMetadata('Label', 'bar');"
                + "fillRect(0, 60, 200, 20);"
                + "run('Build Layer Stack', 'plate=plate masks=masks background=sky per_layer backend=lama "
                + "device=cpu strategy=resize');");
        assertNull(run.error(), run.output());
        LayerStack stack = LayerImagesTestAccess.layersOf(image("plate-layers"));
        int bar = stack.layers().get(1).argb()[70 * 200 + 90] & 0xffffff;
        int sky = stack.layers().get(2).argb()[70 * 200 + 90] & 0xffffff;
        int square = stack.layers().get(0).argb()[70 * 200 + 90] & 0xffffff;
        assertEquals(MacroChainTest.RED, square, "the front layer shows the plate");
        assertEquals(MacroChainTest.BLUE, bar, "the bar behind the square is filled, not red");
        assertEquals(MacroChainTest.BLUE, sky);
        assertEquals(MacroChainTest.BLUE, stack.layers().get(2).argb()[65 * 200 + 10] & 0xffffff, "sky under the bar");
    }
}
