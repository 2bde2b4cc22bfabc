package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DepthNetworkTest {
    @TempDir
    Path temp;

    @Test
    void inputSizesFollowTheReferenceLowerBoundRule() {
        // examples from model-contracts.md §7.1 (H x W)
        assertArrayEquals(new int[] {518, 924}, DepthResampling.lowerBoundSize(1080, 1920, 518, 14));
        assertArrayEquals(new int[] {518, 686}, DepthResampling.lowerBoundSize(480, 640, 518, 14));
        assertArrayEquals(new int[] {518, 686}, DepthResampling.lowerBoundSize(300, 400, 518, 14));
        assertArrayEquals(new int[] {1554, 518}, DepthResampling.lowerBoundSize(1000, 333, 518, 14));
        assertArrayEquals(new int[] {518, 518}, DepthResampling.lowerBoundSize(2000, 2000, 518, 14));
    }

    @Test
    void resamplersHandComputed() {
        assertArrayEquals(new float[] {0, 5, 10}, DepthResampling.bilinearAlignCorners(new float[] {0, 10}, 2, 1, 3, 1));
        assertArrayEquals(new float[] {0, 2.5f, 5, 7.5f, 10, 2, 3.5f, 5, 6.5f, 8},
                DepthResampling.bilinearAlignCorners(new float[] {0, 10, 2, 8}, 2, 2, 5, 2), 1e-6f);
        float[] constant = DepthResampling.bicubic(new float[] {3, 3, 3, 3, 3, 3}, 3, 2, 7, 5);
        for (float v : constant) {
            assertEquals(3, v, 1e-5);
        }
        // 2x upscale of [0, 1], OpenCV conventions: x=0 samples position -0.25 (taps clamped to 0,0,0,1, t=0.75),
        // so only the last tap's weight cubic(1.25) = -0.10546875 survives; x=1 samples 0.25: cubic(0.75) +
        // cubic(1.75) = 0.26171875 - 0.03515625; the bicubic overshoot is OpenCV's too
        float[] up = DepthResampling.bicubic(new float[] {0, 1}, 2, 1, 4, 1);
        assertArrayEquals(new float[] {-0.10546875f, 0.2265625f, 0.7734375f, 1.10546875f}, up, 1e-6f);
    }

    @Test
    void fixtureNetworkGivesTheHandComputedDepthAtPlateSize() throws Exception {
        Path model = DepthFixtures.depthAnythingLike(temp);
        DepthNetwork network = new DepthNetwork(OnnxRuntime.shared().open(model, Device.CPU));
        assertArrayEquals(new int[] {518, 686}, network.inputSize(300, 400));
        int w = 60;
        int h = 40;
        int[] grey = new int[w * h];
        java.util.Arrays.fill(grey, 0x808080);
        DepthMap flat = network.estimate(Plate.rgb(w, h, grey), ProgressListener.NONE);
        assertEquals(w, flat.width());
        assertEquals(h, flat.height());
        for (float v : flat.values()) {
            assertEquals(DepthFixtures.expectedForGrey(128), v, 1e-4);
        }
        int[] ramp = new int[w * h];
        for (int i = 0; i < ramp.length; i++) {
            int v = 60 + 2 * (i % w);
            ramp[i] = v << 16 | v << 8 | v;
        }
        DepthMap sloped = network.estimate(Plate.rgb(w, h, ramp), ProgressListener.NONE);
        float[] row = java.util.Arrays.copyOfRange(sloped.values(), 20 * w, 21 * w);
        for (int x = 1; x < w; x++) {
            assertTrue(row[x] >= row[x - 1] - 1e-5, "monotone at " + x);
        }
        assertEquals(DepthFixtures.expectedForGrey(60), row[0], 0.03);
        assertEquals(DepthFixtures.expectedForGrey(178), row[w - 1], 0.03);
    }

    @Test
    void aSixteenBitColourPlateIsFedAsItsColours() throws Exception {
        DepthNetwork network = new DepthNetwork(OnnxRuntime.shared().open(DepthFixtures.depthAnythingLike(temp),
                Device.CPU));
        int w = 30;
        int h = 20;
        int[] rgb = new int[w * h];
        short[][] planes = new short[3][w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i == 0 ? 0 : i == 1 ? 0xffffff : (i * 5 & 0xff) << 16 | (i * 17 & 0xff) << 8 | (i * 41 & 0xff);
            for (int c = 0; c < 3; c++) {
                planes[c][i] = (short) ((rgb[i] >> (16 - 8 * c) & 0xff) * 257);
            }
        }
        // Codes × 257 over the full 16-bit range: the 0–255 scale of the same picture in 8 bits.
        float[] eight = network.input(Plate.rgb(w, h, rgb), 28, 42);
        float[] sixteen = network.input(Plate.rgb48(w, h, planes[0], planes[1], planes[2]), 28, 42);
        assertArrayEquals(eight, sixteen, 1e-4f);
    }

    @Test
    void aModelOfAnotherContractIsRefused() throws Exception {
        Path other = OnnxFixtures.scaleModel(temp, "scale.onnx", 4, 2f);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new DepthNetwork(OnnxRuntime.shared().open(other, Device.CPU)));
        assertTrue(e.getMessage().contains("depth-single"), e.getMessage());
    }
}
