package io.github.parallaxlayers.export.exr;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HalfTest {

    private static int bits(float f) {
        return Half.fromFloat(f) & 0xffff;
    }

    @Test
    void knownValuesFromTheBinary16Definition() {
        assertEquals(0x0000, bits(0f));
        assertEquals(0x8000, bits(-0f));
        assertEquals(0x3c00, bits(1f));
        assertEquals(0xc000, bits(-2f));
        assertEquals(0x3800, bits(0.5f));
        assertEquals(0x7bff, bits(65504f));
        assertEquals(0x0400, bits(0x1p-14f)); // smallest normal
        assertEquals(0x0001, bits(0x1p-24f)); // smallest subnormal
        assertEquals(0x03ff, bits(0x3ffp-24f)); // largest subnormal
        assertEquals(0x3555, bits(1f / 3)); // 0.333251953125, nearest to a third
        assertEquals(0x2e66, bits(0.1f)); // 0.0999755859375
        assertEquals(0x7c00, bits(Float.POSITIVE_INFINITY));
        assertEquals(0xfc00, bits(Float.NEGATIVE_INFINITY));
        int nan = bits(Float.NaN);
        assertEquals(0x7c00, nan & 0x7c00);
        assertTrue((nan & 0x3ff) != 0, "NaN must stay NaN");
    }

    @Test
    void roundsToNearestWithTiesToEven() {
        assertEquals(0x3c00, bits(1f + 0x1p-11f)); // halfway between 1 and 1+2^-10: to the even 1
        assertEquals(0x3c02, bits(1f + 3 * 0x1p-11f)); // halfway between odd 0x3c01 and even 0x3c02
        assertEquals(0x3c01, bits(1f + 0x1p-11f + 0x1p-20f)); // just above halfway rounds up
        assertEquals(0x7bff, bits(65519.99f)); // below halfway to 2^16 stays finite
        assertEquals(0x7c00, bits(65520f)); // halfway to 2^16 ties up to infinity (65504 is odd)
        assertEquals(0x0000, bits(0x1p-25f)); // halfway to the smallest subnormal ties to zero
        assertEquals(0x0001, bits(0x1.000002p-25f)); // just above it rounds up
        assertEquals(0x0002, bits(0x3p-25f)); // 1.5 units ties to the even 2
        assertEquals(0x0400, bits(0x7ffp-25f)); // halfway between the largest subnormal and 2^-14: to even 2^-14
    }

    @Test
    void everyHalfSurvivesTheRoundTripAndEveryMidpointGoesToTheEvenNeighbour() {
        for (int h = 0; h < 0x10000; h++) {
            int exponent = h >>> 10 & 0x1f;
            if (exponent == 0x1f) {
                continue; // infinities and NaNs are covered above
            }
            float f = Half.toFloat((short) h);
            String name = "half 0x" + Integer.toHexString(h);
            assertEquals(h, bits(f), name);
            int next = h + 1;
            if ((next & 0x7fff) >= 0x7c00 || (h & 0x7fff) == 0x7fff) {
                continue;
            }
            // the exact midpoint to the next half away from zero, a float since halves have 11 significant bits
            double midpoint = (f + (double) Half.toFloat((short) next)) / 2;
            assertEquals(new BigDecimal(midpoint), new BigDecimal((float) midpoint), "midpoint must be exact");
            int even = (h & 1) == 0 ? h : next;
            assertEquals(even, bits((float) midpoint), "midpoint after 0x" + Integer.toHexString(h));
        }
    }

    @Test
    void decodesTheDefinitionsValues() {
        assertEquals(1f, Half.toFloat((short) 0x3c00));
        assertEquals(65504f, Half.toFloat((short) 0x7bff));
        assertEquals(0x1p-24f, Half.toFloat((short) 0x0001));
        assertEquals(-0x1p-24f, Half.toFloat((short) 0x8001));
        assertEquals(0.333251953125f, Half.toFloat((short) 0x3555));
        assertEquals(Float.POSITIVE_INFINITY, Half.toFloat((short) 0x7c00));
        assertTrue(Float.isNaN(Half.toFloat((short) 0x7e00)));
    }
}
