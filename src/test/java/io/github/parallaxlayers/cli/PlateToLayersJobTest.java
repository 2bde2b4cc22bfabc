package io.github.parallaxlayers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.headless.MacroRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's main job, as the user runs it: {@code run-macro macros/plate-to-layers.ijm} on the sample plate
 * through the real CLI and macro interpreter, checked file by file.
 */
class PlateToLayersJobTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        MacroRunner.closeAllImages();
    }

    @Test
    void sampleMacroWritesAValidLayerFolder() throws Exception {
        Path out = temp.resolve("leuven layers");
        int code = ParallaxCli.commandLine().execute("run-macro", "macros/plate-to-layers.ijm",
                "--arg", "out=" + out);
        assertEquals(0, code);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("layers.json").toFile());
        assertEquals("parallax-layers", manifest.get("format").asText());
        assertEquals("leuven-street.jpg", manifest.at("/source/name").asText());
        assertEquals(751, manifest.at("/source/width").asInt());
        List<String> names = manifest.get("layers").findValuesAsText("name");
        assertEquals(List.of("pillar", "house", "background"), names);

        BufferedImage plate = ImageIO.read(Path.of("sample-images/leuven-street.jpg").toFile());
        for (JsonNode layer : manifest.get("layers")) {
            BufferedImage rgba = ImageIO.read(out.resolve(layer.at("/files/rgba").asText()).toFile());
            BufferedImage mask = ImageIO.read(out.resolve(layer.at("/files/mask").asText()).toFile());
            assertEquals(751, rgba.getWidth());
            assertEquals(563, rgba.getHeight());
            assertTrue(rgba.getColorModel().hasAlpha());
            int visible = 0;
            for (int y = 0; y < 563; y++) {
                for (int x = 0; x < 751; x++) {
                    int alpha = rgba.getRGB(x, y) >>> 24;
                    assertEquals(alpha, mask.getRaster().getSample(x, y, 0), "mask = alpha");
                    visible += alpha > 0 ? 1 : 0;
                }
            }
            assertTrue(visible > 500, layer.get("name") + " has " + visible + " visible pixels");
        }
        // The pillar card shows the plate's own pixels where it is visible.
        JsonNode pillar = manifest.get("layers").get(0);
        BufferedImage front = ImageIO.read(out.resolve(pillar.at("/files/rgba").asText()).toFile());
        int x = 497;
        int y = 380;
        assertEquals(255, front.getRGB(x, y) >>> 24, "the clicked pillar is in its layer");
        assertEquals(plate.getRGB(x, y) & 0xffffff, front.getRGB(x, y) & 0xffffff);
        assertTrue(Files.size(out.resolve("plate-filled.png")) > 10_000);

        int again = ParallaxCli.commandLine().execute("run-macro", "macros/plate-to-layers.ijm",
                "--arg", "out=" + out);
        assertEquals(1, again, "an existing export is not overwritten without the overwrite argument");
    }

    @Test
    void missingMacroFileIsOneClearLine() {
        int code = ParallaxCli.commandLine().execute("run-macro", temp.resolve("nope.ijm").toString());
        assertEquals(1, code);
    }

    @Test
    void argumentsBecomeMacroOptions() {
        assertEquals("out=[a b] overwrite n=3", RunMacroCommand.toOptions(List.of("out=a b", "overwrite", "n=3")));
    }
}
