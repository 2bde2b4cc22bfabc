package io.github.parallaxlayers.segment.semantic;

import io.github.parallaxlayers.core.Plate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** DeepLabV3's input from a 16-bit colour plate is its colour, as from the same picture in 8 bits. */
class SixteenBitColourNetworkInputTest {

    @Test
    void sameInputAsTheEightBitPlate() {
        int w = 30;
        int h = 20;
        int[] rgb = new int[w * h];
        short[][] planes = new short[3][w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i == 0 ? 0 : i == 1 ? 0xffffff : (i * 11 & 0xff) << 16 | (i * 3 & 0xff) << 8 | (i * 37 & 0xff);
            for (int c = 0; c < 3; c++) {
                planes[c][i] = (short) ((rgb[i] >> (16 - 8 * c) & 0xff) * 257);
            }
        }
        float[] eight = NetworkInput.nhwc(Plate.rgb(w, h, rgb), 17);
        float[] sixteen = NetworkInput.nhwc(Plate.rgb48(w, h, planes[0], planes[1], planes[2]), 17);
        assertArrayEquals(eight, sixteen, 1e-4f);
        assertNotEquals(sixteen[3 * 40], sixteen[3 * 40 + 1], "red and green differ");
    }
}
