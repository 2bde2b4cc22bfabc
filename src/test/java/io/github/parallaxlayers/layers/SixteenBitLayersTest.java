package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Layers made from 16- and 32-bit plates keep every bit; the 8-bit view is a stretch of what the layers show. */
class SixteenBitLayersTest {
    private static final int W = 6;
    private static final int H = 4;

    /** Values 1000 + 997·i: far above 8 bits, all distinct. */
    private static Plate plate16() {
        short[] v = new short[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (1000 + 997 * i);
        }
        return new Plate(W, H, PixelType.GRAY16, v);
    }

    private static Mask leftHalf() {
        Mask m = Mask.empty(W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W / 2; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    private static Mask all() {
        return Mask.full(W, H);
    }

    @Test
    void sixteenBitPlateKeepsItsValuesAndTheFillBehindTheForeground() {
        Plate plate = plate16();
        short[] fill = ((short[]) plate.pixels()).clone();
        for (int i = 0; i < fill.length; i++) {
            if (i % W < W / 2) {
                fill[i] = (short) 40000; // what the fill put behind the front layer
            }
        }
        Plate filled = new Plate(W, H, PixelType.GRAY16, fill);
        LayerStack stack = LayerStackBuilder.build("p", plate, List.of(leftHalf(), all()), List.of("front", "back"),
                filled);
        assertEquals(SampleCoding.IDENTITY, stack.coding());
        assertEquals(16, stack.bitsPerChannel());
        Layer front = stack.layers().get(0);
        Layer back = stack.layers().get(1);
        short[] plateValues = (short[]) plate.pixels();
        for (int i = 0; i < W * H; i++) {
            boolean left = i % W < W / 2;
            assertEquals(left ? plateValues[i] : 0, front.rgb16()[0][i], "front at " + i);
            assertEquals(left ? (short) 40000 : plateValues[i], back.rgb16()[0][i], "back at " + i);
            assertEquals(left ? 0xff : 0, front.argb()[i] >>> 24);
            assertSame(back.rgb16()[0], back.rgb16()[2], "grey layers share one plane");
        }
        // Window = smallest and largest code shown: 1000 (front, pixel 0) .. 40000 (back behind the front).
        assertEquals(0, front.argb()[0] & 0xff);
        assertEquals(255, back.argb()[0] & 0xff);
        assertEquals(Math.round(((plateValues[5] & 0xffff) - 1000) * 255.0 / 39000), back.argb()[5] & 0xff);
        assertEquals(back.argb()[5] & 0xff, back.argb()[5] >> 16 & 0xff, "grey view");
    }

    @Test
    void floatPlateIsSpreadOverSixteenBitsBetweenItsFiniteExtremes() {
        float[] v = new float[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = -2f + 0.5f * i;
        }
        v[7] = Float.NaN;
        Plate plate = new Plate(W, H, PixelType.GRAY32, v);
        LayerStack stack = LayerStackBuilder.build("p", plate, List.of(all()), List.of("all"), null);
        assertEquals(new SampleCoding(-2, -2 + 0.5 * 23), stack.coding());
        short[] codes = stack.layers().get(0).rgb16()[0];
        assertEquals(0, codes[0]);
        assertEquals(65535, codes[23] & 0xffff);
        assertEquals(Math.round(10 / 23.0 * 65535), codes[10] & 0xffff);
        assertEquals(0, codes[7], "not-a-number codes as the minimum");
    }

    @Test
    void eightBitPlatesStayEightBit() {
        Plate rgb = Plate.rgb(W, H, new int[W * H]);
        LayerStack stack = LayerStackBuilder.build("p", rgb, List.of(all()), List.of("all"), null);
        assertNull(stack.coding());
        assertNull(stack.layers().get(0).rgb16());
        assertEquals(8, stack.bitsPerChannel());
    }

    @Test
    void editsKeepTheSixteenBitPlanes() {
        LayerStack stack = LayerStackBuilder.build("p", plate16(), List.of(leftHalf(), all()), List.of("a", "b"), null);
        LayerStack edited = LayerStackEdits.rename(LayerStackEdits.setDepth(stack, "b", 40), "a", "near");
        assertSame(stack.layers().get(1).rgb16(), edited.layers().get(1).rgb16());
        assertEquals(SampleCoding.IDENTITY, edited.coding());
        assertEquals(40, edited.layers().get(1).depthHint());
    }

    @Test
    void codingMapsEightBitExactlyAndRefusesAnEmptyRange() {
        Plate grey = new Plate(2, 1, PixelType.GRAY8, new byte[] {0, (byte) 255});
        short[][] codes = SampleCoding.IDENTITY.encode(grey);
        assertArrayEquals(new short[] {0, (short) 65535}, codes[0]);
        assertThrows(IllegalArgumentException.class, () -> new SampleCoding(3, 3));
        assertArrayEquals(new int[] {0, 65535}, SixteenBitDisplay.window(List.of(new int[4]),
                List.<short[][]>of(new short[][] {new short[4], new short[4], new short[4]})), "nothing shown");
        assertEquals(128, SixteenBitDisplay.toByte((short) 32768, new int[] {0, 65535}));
        assertEquals(255, SixteenBitDisplay.toByte((short) 9, new int[] {9, 9}));
    }
}
