package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.onnx.SharedModels;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subject Mask and Point Mask's backend=hybrid as a macro runs them, headless, with the real IS-Net model. */
class SubjectMaskCommandTest {
    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static String open() {
        return "open('" + Path.of("sample-images/astronaut.png").toAbsolutePath() + "'); ";
    }

    @Test
    void maskAlphaAndHybridClickOnOnePlateRunTheNetworkOnce() {
        Path model = SharedModels.isnet();
        Assumptions.assumeTrue(model != null, SharedModels.ISNET_MISSING);
        String file = " device=cpu model_file=[" + model + "]";
        EmbeddingCache cache = EmbeddingCache.shared();
        int runs = cache.encoderRuns();
        int hits = cache.memoryHits();
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(open()
                + "run('Subject Mask', 'plate=astronaut.png output=mask" + file + "'); "
                + "run('Subject Mask', 'plate=astronaut.png output=alpha snap radius=8" + file + "'); "
                + "run('Point Mask', 'plate=astronaut.png points=[220,120] negative=[400,420] backend=hybrid layer=person"
                + file + "'); "
                + "newImage('ramp', '32-bit ramp', 512, 512, 1); "
                + "run('Auto Layers', 'plate=astronaut.png depth=ramp kind=disparity planes=3 regions=subject"
                + file + "');");
        assertNull(run.error(), run.output());
        assertTrue(cache.encoderRuns() - runs <= 1, "at most one network run for three calls on one plate");
        assertTrue(cache.memoryHits() - hits >= 2, "the alpha and the hybrid click reuse the map");
        ImagePlus mask = ImageJTestSupport.image("astronaut-subject");
        ImagePlus alpha = ImageJTestSupport.image("astronaut-subject-alpha");
        ImagePlus person = ImageJTestSupport.image("astronaut-person");
        assertEquals(512, mask.getWidth());
        byte[] m = (byte[]) mask.getProcessor().getPixels();
        byte[] a = (byte[]) alpha.getProcessor().getPixels();
        byte[] p = (byte[]) person.getProcessor().getPixels();
        int face = 120 * 512 + 220;
        int helmet = 420 * 512 + 400;
        int flag = 100 * 512 + 30;
        assertEquals(255, m[face] & 0xff);
        assertEquals(255, m[helmet] & 0xff);
        assertEquals(0, m[flag] & 0xff);
        assertTrue((a[face] & 0xff) > 200 && (a[flag] & 0xff) < 50, "soft alpha follows the subject");
        assertEquals(255, p[face] & 0xff);
        assertEquals(0, p[helmet] & 0xff, "the negative click took the helmet out");
        assertTrue(run.output().contains("backend hybrid"), run.output());
        // Auto Layers regions=subject: the subject (one connected part here) lies wholly in one plane although
        // the depth ramp crosses it
        ImagePlus planes = ImageJTestSupport.image("astronaut-auto-layers");
        assertEquals(3, planes.getStackSize());
        int subject = 0;
        int best = 0;
        for (int s = 1; s <= 3; s++) {
            byte[] plane = (byte[]) planes.getStack().getPixels(s);
            int inPlane = 0;
            for (int i = 0; i < m.length; i++) {
                if (m[i] != 0 && plane[i] != 0) {
                    inPlane++;
                }
            }
            subject += inPlane;
            best = Math.max(best, inPlane);
        }
        assertTrue(best >= 0.99 * subject, best + " of " + subject + " subject pixels in one plane");
        assertTrue(mask.getStack().getSliceLabel(1).contains("model_sha256="), mask.getStack().getSliceLabel(1));
    }

    @Test
    void missingRegisteredModelNamesTheDownloadCommandAndClassicStillRuns() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacroWithModels(temp, open()
                + "run('Point Mask', 'plate=astronaut.png points=[220,120] backend=classic layer=classic'); "
                + "run('Subject Mask', 'plate=astronaut.png device=cpu');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().contains("'isnet-general-use' is not installed"), run.error());
        assertTrue(run.error().contains("models download isnet-general-use"), run.error());
        assertTrue(!run.output().contains("\tat "), run.output());
        assertNotNull(ImageJTestSupport.image("astronaut-classic"), "classic ran before the error");
    }
}
