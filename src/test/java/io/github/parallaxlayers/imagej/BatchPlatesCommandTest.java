package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.MacroRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.batch.MacroArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch Plates as a macro calls it: the main job over two plates in a worker JVM, then a failing plate. */
@Tag("batch")
class BatchPlatesCommandTest {
    static final Path ROOT = Path.of("target/batch-plates-command");

    @AfterEach
    void close() {
        MacroRunner.closeAllImages();
    }

    @Test
    void runsTheMainJobOverAFolderAndStopsTheMacroWhenAPlateFails() throws Exception {
        if (Files.exists(ROOT)) {
            try (Stream<Path> walk = Files.walk(ROOT)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path plates = Files.createDirectories(ROOT.resolve("plates with space"));
        BufferedImage sample = ImageIO.read(Path.of("sample-images/leuven-street.jpg").toFile());
        for (int i = 1; i <= 2; i++) {
            BufferedImage small = new BufferedImage(180 + 20 * i, (180 + 20 * i) * 563 / 751,
                    BufferedImage.TYPE_INT_RGB);
            var g = small.createGraphics();
            g.drawImage(sample, 0, 0, small.getWidth(), small.getHeight(), null);
            g.dispose();
            ImageIO.write(small, "png", plates.resolve("shot" + i + ".png").toFile());
        }
        Path out = ROOT.resolve("out");
        String options = "macro=[macros/plate-to-layers.ijm] input=[" + plates + "] out=[" + out + "] workers=1 heap=1g";
        MacroRunner.Outcome ok = MacroRunner.run("run(\"Batch Plates\", \"" + options.replace("\"", "\\\"")
                + "\");", "");
        assertTrue(ok.succeeded(), ok.error());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("batch.json").toFile());
        assertEquals(2, manifest.at("/counts/ok").asInt());
        for (String shot : List.of("shot1", "shot2")) {
            assertTrue(Files.isRegularFile(out.resolve(shot).resolve("layers.json")));
        }

        Files.write(plates.resolve("shot3.png"), new byte[] {1, 2, 3});
        MacroRunner.Outcome failed = MacroRunner.run("run(\"Batch Plates\", \"" + options + " resume\");\n"
                + "print(\"not reached\");", "");
        assertFalse(failed.succeeded());
        assertTrue(failed.error().startsWith("Batch Plates: 1 of 3 plates did not finish"), failed.error());
        assertFalse(failed.error().contains("\n"));
        assertFalse(Files.exists(out.resolve("shot3")));
    }

    @Test
    void argumentsTypedInOptionsForm() {
        assertEquals(List.of("backend=patch", "title=a b", "overwrite"),
                MacroArguments.split(" backend=patch  title=[a b] overwrite "));
        assertEquals("backend=patch title=[a b] overwrite",
                MacroArguments.format(MacroArguments.split("backend=patch title=[a b] overwrite")));
    }
}
