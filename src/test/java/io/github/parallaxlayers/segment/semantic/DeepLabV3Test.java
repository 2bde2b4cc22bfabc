package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import io.github.parallaxlayers.onnx.SharedModels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real DeepLabV3 network on the sample images. */
class DeepLabV3Test {
    private DeepLabV3 network;

    @TempDir
    Path temp;

    @BeforeEach
    void openModel() {
        Path model = SharedModels.deepLab();
        Assumptions.assumeTrue(model != null, SharedModels.MISSING);
        network = SemanticSegmenters.open(model.toString(), Device.CPU);
    }

    static Plate read(String name, int cropWidth, int cropHeight) throws Exception {
        BufferedImage image = ImageIO.read(new File("sample-images/" + name));
        int w = cropWidth > 0 ? cropWidth : image.getWidth();
        int h = cropHeight > 0 ? cropHeight : image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return Plate.rgb(w, h, rgb);
    }

    @Test
    void logitsHaveTheContractShape() throws Exception {
        float[] logits = network.logits(DeepLabV3.input(read("astronaut.png", 0, 0)));
        assertEquals(257 * 257 * 21, logits.length);
        for (float v : logits) {
            assertTrue(Float.isFinite(v));
        }
    }

    @Test
    void astronautIsMostlyPersonAndTheMaskMatchesTheLabels() throws Exception {
        Plate plate = read("astronaut.png", 0, 0);
        LabelImage labels = network.labels(plate, ProgressListener.NONE);
        assertEquals(plate.width(), labels.width());
        assertEquals(plate.height(), labels.height());
        int[] histogram = labels.histogram(VocClasses.COUNT);
        double personShare = histogram[VocClasses.PERSON] / (double) plate.size();
        assertTrue(personShare > 0.2, "person share " + personShare);
        // the centre of the astronaut's face (about x 230, y 120 in the 512x512 photo) is person
        assertEquals(VocClasses.PERSON, labels.label(120 * plate.width() + 230));
        Mask person = labels.mask(VocClasses.parse("person", "classes"));
        assertEquals(histogram[VocClasses.PERSON], person.count());
        Mask personOrCar = labels.mask(VocClasses.parse("Person, car", "classes"));
        assertEquals(histogram[VocClasses.PERSON] + histogram[7], personOrCar.count());
    }

    @Test
    void nonSquarePlateUsesTheExactBilinearResizeOfTheLogits() throws Exception {
        Plate plate = read("astronaut.png", 500, 211);
        LabelImage labels = network.labels(plate, ProgressListener.NONE);
        assertEquals(500, labels.width());
        assertEquals(211, labels.height());
        float[] logits = network.logits(DeepLabV3.input(plate));
        assertArrayEquals(LogitUpsamplerTest.bruteForce(logits, 257, 257, 21, 500, 211), labels.labels());
        assertTrue(labels.histogram(21)[VocClasses.PERSON] > 0);
    }

    @Test
    void secondOpenDoesNotReloadTheSession() {
        int created = OnnxRuntime.shared().sessionsCreated();
        DeepLabV3 again = SemanticSegmenters.open(SharedModels.deepLab().toString(), Device.CPU);
        assertEquals(created, OnnxRuntime.shared().sessionsCreated());
        assertEquals(network.model().session(), again.model().session());
    }

    @Test
    void wrongModelAndUnknownClassAreClearMessages() throws Exception {
        Path scale = OnnxFixtures.scaleModel(temp, "scale.onnx", 3, 1f);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SemanticSegmenters.open(scale.toString(), Device.CPU));
        assertTrue(e.getMessage().contains("follows no known contract"), e.getMessage());
        InvalidInputException classes = assertThrows(InvalidInputException.class,
                () -> VocClasses.parse("person,zebra", "classes"));
        assertTrue(classes.getMessage().contains("'zebra'") && classes.getMessage().contains("tvmonitor"));
        assertEquals(11, VocClasses.indexOf("dining table"));
    }
}
