package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The longest-side resize (Pillow's antialiased bilinear) and SAM's normalisation and padding. */
class EncoderImageTest {

    @Test
    void halvingWeighsFourSourcePixelsAsPillowDoes() {
        ResizeTaps taps = new ResizeTaps(4, 2);
        float[] in = {0, 10, 20, 30};
        // centre 1.0, triangle half-width 2: pixels 0,1,2 weigh 0.75, 0.75, 0.25 (pixel -1 is outside), / 1.75
        assertEquals(12.5f / 1.75f, apply(taps, in, 0), 1e-4);
        // centre 3.0: pixels 1,2,3 weigh 0.25, 0.75, 0.75
        assertEquals(40f / 1.75f, apply(taps, in, 1), 1e-4);
        ResizeTaps up = new ResizeTaps(2, 4);
        float[] two = {0, 10};
        // doubling is plain bilinear with centres aligned: 0, 2.5, 7.5, 10
        assertEquals(0f, apply(up, two, 0), 1e-5);
        assertEquals(2.5f, apply(up, two, 1), 1e-5);
        assertEquals(7.5f, apply(up, two, 2), 1e-5);
        assertEquals(10f, apply(up, two, 3), 1e-5);
    }

    private static float apply(ResizeTaps taps, float[] in, int o) {
        float sum = 0;
        for (int k = 0; k < taps.count[o]; k++) {
            sum += taps.weights[o * taps.stride + k] * in[taps.first[o] + k];
        }
        return sum;
    }

    @Test
    void aFlatPlateIsNormalisedAndPaddedWithZeros() {
        int w = 640;
        int h = 360;
        int[] p = Plates.filled(w, h, 0x80402A); // (128, 64, 42)
        EncoderImage image = EncoderImage.of(Plate.rgb(w, h, p));
        assertEquals(1024, image.frame().resizedWidth());
        assertEquals(576, image.frame().resizedHeight());
        float[] t = image.normalisedPadded();
        int plane = 1024 * 1024;
        assertEquals((128 - 123.675f) / 58.395f, t[300 * 1024 + 500], 1e-5);
        assertEquals((64 - 116.28f) / 57.12f, t[plane + 575 * 1024 + 1023], 1e-5);
        assertEquals((42 - 103.53f) / 57.375f, t[2 * plane], 1e-5);
        assertEquals(0f, t[576 * 1024 + 3], "bottom padding");
        assertEquals(0f, t[2 * plane + 1023 * 1024 + 1023], "bottom-right corner");
        float[] hwc = image.hwc();
        assertEquals(576 * 1024 * 3, hwc.length);
        assertEquals(128f, hwc[3 * (200 * 1024 + 7)], 1e-4);
        assertEquals(42f, hwc[3 * (200 * 1024 + 7) + 2], 1e-4);
    }
}
