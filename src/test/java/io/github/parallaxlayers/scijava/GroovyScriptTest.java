package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.ImageJTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The Groovy example of docs/scripting.md, run as Fiji runs a script: through SciJava's {@link ScriptService}, its
 * {@code #@} parameters filled by SciJava, the twin called through {@code CommandService}. Groovy here is its JSR-223
 * engine adapted by {@link GroovyLanguage} (Fiji's own adapter, scripting-groovy, is not on Maven Central); the
 * script text is what Fiji runs.
 */
class GroovyScriptTest {
    static final String SCRIPT = """
            #@ org.scijava.command.CommandService command
            #@ ij.ImagePlus mask
            #@output ij.ImagePlus feathered
            feathered = command.run(io.github.parallaxlayers.scijava.FeatherMaskTwin, true,
                    "mask", mask, "width", 3.0d, "mode", "inside").get().getOutput("result")
            """;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @Test
    void aGroovyScriptCallsATwinAndGetsTheMacrosPixels() throws Exception {
        String square = "newImage('square', '8-bit black', 120, 90, 1); setColor(255); fillRect(30, 20, 50, 40);";
        ImageJTestSupport.ok(square + "run('Feather Mask', 'mask=square width=3 mode=inside');");
        byte[] macro = ((byte[]) image("square-feathered").getProcessor().getPixels()).clone();
        ImageJTestSupport.closeAll();

        ImageJTestSupport.ok(square);
        try (Context context = new Context(ScriptService.class, CommandService.class)) {
            ScriptModule module = context.service(ScriptService.class)
                    .run("feather.groovy", SCRIPT, true, "mask", image("square")).get();
            ImagePlus feathered = (ImagePlus) module.getOutput("feathered");
            assertNotNull(feathered, "the script gave no image");
            assertEquals("square-feathered", feathered.getTitle());
            assertArrayEquals(macro, (byte[]) feathered.getProcessor().getPixels());
        }
    }
}
