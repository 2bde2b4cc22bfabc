package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.Plate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkInputTest {

    @Test
    void uniformColourGivesConstantScaledChannels() {
        int[] rgb = new int[640 * 360];
        java.util.Arrays.fill(rgb, 0xFF8000); // r 255, g 128, b 0
        float[] input = NetworkInput.nhwc(Plate.rgb(640, 360, rgb), 257);
        assertEquals(257 * 257 * 3, input.length);
        for (int i = 0; i < input.length; i += 3) {
            assertEquals(1f, input[i], 1e-5);
            assertEquals(128 / 127.5f - 1f, input[i + 1], 1e-5);
            assertEquals(-1f, input[i + 2], 1e-5);
        }
    }

    @Test
    void sameSizeIsTheIdentityResize() {
        int n = 257;
        int[] rgb = new int[n * n];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i * 7 % 256) << 16 | (i * 13 % 256) << 8 | (i % 256);
        }
        float[] input = NetworkInput.nhwc(Plate.rgb(n, n, rgb), n);
        for (int i = 0; i < rgb.length; i++) {
            assertEquals(((rgb[i] >> 16) & 0xff) / 127.5f - 1f, input[3 * i], 1e-5);
            assertEquals(((rgb[i] >> 8) & 0xff) / 127.5f - 1f, input[3 * i + 1], 1e-5);
            assertEquals((rgb[i] & 0xff) / 127.5f - 1f, input[3 * i + 2], 1e-5);
        }
    }

    @Test
    void downscaleAveragesAStripePattern() {
        // 1-pixel black/white columns shrunk 4x: an antialiased resize gives mid-grey, not stripes
        int w = 1028;
        int h = 8;
        byte[] grey = new byte[w * h];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) ((i % w) % 2 == 0 ? 0 : 255);
        }
        float[] input = NetworkInput.nhwc(Plate.gray8(w, h, grey), 257);
        for (int x = 2; x < 255; x++) {
            assertEquals(0f, input[(100 * 257 + x) * 3], 0.02, "column " + x);
        }
    }
}
