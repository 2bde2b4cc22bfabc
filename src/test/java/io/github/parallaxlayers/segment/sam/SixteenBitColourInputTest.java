package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** SAM's inputs from a 16-bit colour plate: the encoder image, crops and the cache key. */
class SixteenBitColourInputTest {
    private static final int W = 40;
    private static final int H = 30;

    private static int[] rgb() {
        int[] rgb = new int[W * H];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (i * 7 & 0xff) << 16 | (i * 13 & 0xff) << 8 | (i * 29 & 0xff);
        }
        rgb[0] = 0; // the full 0–255 range, so the 16-bit plate's joint min–max is 0–65535
        rgb[1] = 0xffffff;
        return rgb;
    }

    /** The 8-bit plate's values × 257: the same picture in 16-bit codes. */
    private static Plate asRgb48(int[] rgb) {
        short[][] planes = new short[3][rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            for (int c = 0; c < 3; c++) {
                planes[c][i] = (short) ((rgb[i] >> (16 - 8 * c) & 0xff) * 257);
            }
        }
        return Plate.rgb48(W, H, planes[0], planes[1], planes[2]);
    }

    @Test
    void theEncoderSeesTheSameColoursAsFromTheEightBitPlate() {
        int[] rgb = rgb();
        EncoderImage eight = EncoderImage.of(Plate.rgb(W, H, rgb));
        EncoderImage sixteen = EncoderImage.of(asRgb48(rgb));
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(eight.plane(c), sixteen.plane(c), 1e-2f, "channel " + c);
        }
        // Distinct channels: a grey reading of the plate would make them equal.
        float[] red = sixteen.plane(0);
        float[] green = sixteen.plane(1);
        assertNotEquals(red[500], green[500]);
    }

    @Test
    void cropsKeepAllThreePlanes() {
        Plate plate = asRgb48(rgb());
        Plate crop = PlateCrop.crop(plate, new Box(5, 4, 10, 6));
        assertEquals(PixelType.RGB48, crop.type());
        assertEquals(10, crop.width());
        for (int c = 0; c < 3; c++) {
            assertEquals(plate.sample(c, (4 + 2) * W + 5 + 3), crop.sample(c, 2 * 10 + 3));
        }
    }

    @Test
    void theCacheKeyDependsOnEveryChannel() {
        Plate plate = asRgb48(rgb());
        String key = PixelHash.of(plate);
        Plate changed = plate.copy();
        changed.plane16(2)[123]++;
        assertNotEquals(key, PixelHash.of(changed));
        assertEquals(key, PixelHash.of(plate.copy()));
        assertNotEquals(key, PixelHash.of(Plate.rgb(W, H, rgb())));
    }
}
