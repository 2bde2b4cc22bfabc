package io.github.parallaxlayers.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** 16-bit colour plates: three shared planes, raw values out and back, joint unit scaling. */
class PlateRgb48Test {
    private static final short[] RED = {(short) 1000, (short) 65535, (short) 300, (short) 40000};
    private static final short[] GREEN = {(short) 2000, (short) 0, (short) 301, (short) 20000};
    private static final short[] BLUE = {(short) 3000, (short) 12345, (short) 302, (short) 10000};

    private static Plate plate() {
        return Plate.rgb48(2, 2, RED.clone(), GREEN.clone(), BLUE.clone());
    }

    @Test
    void sharesItsPlanesAndReadsEachChannelRaw() {
        short[] r = RED.clone();
        Plate plate = Plate.rgb48(2, 2, r, GREEN.clone(), BLUE.clone());
        assertSame(r, plate.plane16(0));
        assertSame(r, ((short[][]) plate.pixels())[0]);
        assertEquals(PixelType.RGB48, plate.type());
        assertEquals(3, plate.channels());
        assertEquals(65535f, plate.sample(0, 1));
        assertEquals(0f, plate.sample(1, 1));
        assertEquals(12345f, plate.sample(2, 1));
        assertEquals(302f, plate.sample(2, 2));
    }

    @Test
    void channelsRoundTripToTheSameValues() {
        Plate plate = plate();
        float[][] channels = plate.toChannels();
        assertArrayEquals(new float[] {1000, 65535, 300, 40000}, channels[0]);
        assertArrayEquals(new float[] {2000, 0, 301, 20000}, channels[1]);
        assertArrayEquals(new float[] {3000, 12345, 302, 10000}, channels[2]);
        Plate back = plate.withChannels(channels);
        assertEquals(PixelType.RGB48, back.type());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(plate.plane16(c), back.plane16(c));
        }
        channels[0][0] = 70000.4f;
        channels[1][0] = -5f;
        channels[2][0] = 1234.6f;
        Plate clamped = plate.withChannels(channels);
        assertEquals(65535f, clamped.sample(0, 0));
        assertEquals(0f, clamped.sample(1, 0));
        assertEquals(1235f, clamped.sample(2, 0));
    }

    @Test
    void copyIsDeep() {
        Plate plate = plate();
        Plate copy = plate.copy();
        for (int c = 0; c < 3; c++) {
            assertNotSame(plate.plane16(c), copy.plane16(c));
            assertArrayEquals(plate.plane16(c), copy.plane16(c));
        }
        copy.plane16(1)[0] = 7;
        assertEquals(2000f, plate.sample(1, 0));
    }

    @Test
    void unitChannelsShareOneRangeSoColourRatiosAreKept() {
        // Joint minimum 0 (green of pixel 1) and maximum 65535 (red of pixel 1).
        float[][] unit = plate().toUnitChannels();
        assertEquals(1000 / 65535f, unit[0][0], 1e-7);
        assertEquals(2000 / 65535f, unit[1][0], 1e-7);
        assertEquals(3000 / 65535f, unit[2][0], 1e-7);
        assertEquals(0f, unit[1][1]);
        assertEquals(1f, unit[0][1]);
        // A plate whose channels have different ranges: per-channel stretching would make every pixel grey-ish.
        Plate tinted = Plate.rgb48(2, 1, new short[] {10000, 20000}, new short[] {5000, 10000},
                new short[] {5000, 5000});
        float[][] t = tinted.toUnitChannels();
        assertArrayEquals(new float[] {1 / 3f, 1f}, t[0], 1e-6f);
        assertArrayEquals(new float[] {0f, 1 / 3f}, t[1], 1e-6f);
        assertArrayEquals(new float[] {0f, 0f}, t[2], 1e-6f);
    }

    @Test
    void planesOfTheWrongCountOrLengthAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Plate(2, 2, PixelType.RGB48, new short[][] {RED, GREEN}));
        assertThrows(IllegalArgumentException.class,
                () -> new Plate(2, 2, PixelType.RGB48, new short[][] {RED, GREEN, new short[3]}));
        assertThrows(IllegalArgumentException.class,
                () -> new Plate(3, 2, PixelType.RGB48, new short[][] {RED, GREEN, BLUE}));
        assertThrows(IllegalStateException.class, () -> Plate.gray8(1, 1, new byte[1]).plane16(0));
    }
}
