package io.github.parallaxlayers.fill;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatchLevelTest {
    @Test
    void aPatchRowsSquaredDifferenceIsTheSumOfItsTermsForEverySpan() {
        SplittableRandom random = new SplittableRandom(3);
        float[] img = new float[200];
        for (int i = 0; i < img.length; i++) {
            img[i] = (float) (random.nextDouble() * 255);
        }
        // Spans below, at and between multiples of the four running sums, and whole 7- and 13-pixel rows of five
        // channels (colour and the two texture features).
        for (int span : new int[] {0, 1, 3, 4, 5, 7, 35, 65}) {
            double expected = 0;
            for (int k = 0; k < span; k++) {
                double d = img[10 + k] - img[100 + k];
                expected += d * d;
            }
            assertEquals(expected, PatchLevel.squaredDifference(img, 10, 100, span), expected * 1e-5 + 1e-6,
                    "span " + span);
        }
        assertEquals(4 * 4 + 2 * 2, PatchLevel.squaredDifference(new float[] {5, 7, 1, 5}, 0, 2, 2), 0);
    }
}
