package io.github.parallaxlayers.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BilinearAxisTest {

    @Test
    void upsamplingTwoSamplesToFourMatchesPyTorchsAlignCornersFalse() {
        // torch.nn.functional.interpolate([[10, 20]], size=4, mode="linear", align_corners=False) = 10, 12.5, 17.5, 20
        BilinearAxis axis = BilinearAxis.of(2, 4);
        assertArrayEquals(new int[] {0, 0, 0, 1}, axis.lo());
        assertArrayEquals(new int[] {1, 1, 1, 1}, axis.hi());
        assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 0.25f}, axis.frac());
        float[] out = new float[4];
        axis.resampleRow(new float[] {99, 10, 20}, 1, out);
        assertArrayEquals(new float[] {10f, 12.5f, 17.5f, 20f}, out);
    }

    @Test
    void downsamplingTakesTheMidpointsBetweenSourcePairs() {
        float[] out = new float[2];
        BilinearAxis.of(4, 2).resampleRow(new float[] {0, 10, 20, 30}, 0, out);
        assertArrayEquals(new float[] {5f, 25f}, out);
    }
}
