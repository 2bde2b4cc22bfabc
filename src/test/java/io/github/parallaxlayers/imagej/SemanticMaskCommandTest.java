package io.github.parallaxlayers.imagej;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import ij.ImagePlus;
import io.github.parallaxlayers.onnx.SharedModels;
import io.github.parallaxlayers.segment.semantic.VocClasses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semantic Mask as a macro runs it, headless, with the real DeepLabV3 model. */
class SemanticMaskCommandTest {
    private Path model;

    @TempDir
    Path temp;

    @BeforeEach
    void findModel() {
        model = SharedModels.deepLab();
        Assumptions.assumeTrue(model != null, SharedModels.MISSING);
    }

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static String open() {
        return "open('" + Path.of("sample-images/astronaut.png").toAbsolutePath() + "'); ";
    }

    @Test
    void personMaskAndLabelImage() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(open()
                + "run('Semantic Mask', 'plate=astronaut.png classes=[person] output=mask device=cpu model_file=["
                + model + "]'); "
                + "run('Semantic Mask', 'plate=astronaut.png classes=[] device=cpu model_file=[" + model + "]');");
        assertNull(run.error(), run.output());
        ImagePlus mask = ImageJTestSupport.image("astronaut-person");
        ImagePlus labels = ImageJTestSupport.image("astronaut-labels");
        assertEquals(512, mask.getWidth());
        byte[] m = (byte[]) mask.getProcessor().getPixels();
        byte[] l = (byte[]) labels.getProcessor().getPixels();
        int person = 0;
        for (int i = 0; i < m.length; i++) {
            boolean isPerson = (l[i] & 0xff) == VocClasses.PERSON;
            assertEquals(isPerson ? 255 : 0, m[i] & 0xff);
            person += isPerson ? 1 : 0;
        }
        assertTrue(person > m.length / 5, "person pixels " + person);
    }

    @Test
    void cudaOnTheCpuBuildStopsTheMacroWithOneLine() {
        Assumptions.assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "GPU build of ONNX Runtime on the classpath");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(open()
                + "run('Semantic Mask', 'classes=person device=cuda model_file=[" + model + "]');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("CUDA is not available: this is the CPU build"), run.error());
        assertTrue(!run.output().contains("\tat "), run.output());
    }

    @Test
    void missingRegisteredModelNamesIdFolderAndCommand() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacroWithModels(temp, open()
                + "run('Semantic Mask', 'classes=person device=cpu');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("'deeplabv3-mnv2-voc' is not installed"), run.error());
        assertTrue(run.error().contains(temp.toString()), run.error());
        assertTrue(run.error().contains("models download deeplabv3-mnv2-voc"), run.error());
    }
}
