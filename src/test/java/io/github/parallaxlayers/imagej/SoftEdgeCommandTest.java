package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.export.exr.ExrReader;
import io.github.parallaxlayers.export.exr.LayerStackExr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Build Layer Stack's soft edges from a macro, through to the files: the PNG keeps straight soft alpha with the
 * decontaminated colour, the EXR holds that colour premultiplied once, and the recorded line names the options
 * only when they are not at their defaults.
 */
class SoftEdgeCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static final String MASKS = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 1); setMetadata('Label', 'square');"
            + "setColor(255); fillRect(60, 40, 60, 60);";

    @Test
    void softDecontaminatedEdgesReachThePngAndTheExr() throws Exception {
        Path out = temp.resolve("soft");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=sky edge=feather width=6 "
                + "decontaminate');"
                + "run('Export Layer Stack', 'folder=[" + out + "] format=all exrlayout=singlepart');");
        assertNull(run.error(), run.output());
        BufferedImage png = ImageIO.read(pngOf(out, "layer-01").toFile());
        // 1 px outside the square's left side: signed distance −½ px, alpha (−½ + 3) / 6 of 255
        int edge = png.getRGB(59, 70);
        assertEquals(Math.round(2.5 / 6 * 255), edge >>> 24, 1);
        // the plate is pure blue there; the decontaminated colour leans to the square's red, not the old blue
        int red = edge >> 16 & 255;
        int blue = edge & 255;
        assertTrue(red > blue, String.format("decontaminated colour %06x", edge & 0xffffff));
        // inside, opaque, the plate's own red; outside the ramp, transparent
        assertEquals(0xff000000 | MacroChainTest.RED, png.getRGB(90, 70));
        assertEquals(0, png.getRGB(50, 70) >>> 24);

        ExrReader.Part part = ExrReader.read(out.resolve(LayerStackExr.FILE)).get(0);
        float alpha = part.at("square.A", 59, 70);
        assertEquals((edge >>> 24) / 255f, alpha, 1e-3);
        // premultiplied once: the PNG's straight red, sRGB-decoded, times alpha
        assertEquals(srgbToLinear(red) * alpha, part.at("square.R", 59, 70), 2e-3);

        String json = Files.readString(out.resolve("layers.json"));
        assertTrue(json.contains("edge=feather width=6 decontaminate"), json);
    }

    @Test
    void defaultsAreLeftOutOfTheRecordedLineAndAHardEdgeCannotBeDecontaminated() throws Exception {
        Path out = temp.resolve("hard");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks background=sky');"
                + "run('Export Layer Stack', 'folder=[" + out + "]');");
        assertNull(run.error(), run.output());
        String json = Files.readString(out.resolve("layers.json"));
        assertTrue(json.contains("Build Layer Stack: plate=plate masks=masks background=sky"), json);
        assertFalse(json.contains("edge="), json);
        assertFalse(json.contains("width="), json);
        BufferedImage png = ImageIO.read(pngOf(out, "layer-01").toFile());
        assertEquals(0, png.getRGB(59, 70) >>> 24, "hard: nothing outside the mask");

        run = ImageJTestSupport.runMacro(MASKS
                + "run('Build Layer Stack', 'plate=plate masks=masks decontaminate');");
        assertTrue(run.error() != null && run.error().contains("decontaminate needs a soft edge: add edge=feather")
                && !run.error().contains("\n\tat "), String.valueOf(run.error()));
    }

    private static Path pngOf(Path folder, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
        }
    }

    private static float srgbToLinear(int v) {
        double s = v / 255.0;
        return (float) (s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4));
    }
}
