package io.github.parallaxlayers.imglib2;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.RefineSettings;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plates and masks as imglib2 images over the same arrays, and back; no copy is proved by writing through. */
class ImgViewsTest {

    @Test
    void aMaskViewWritesThroughToTheMask() {
        Mask mask = Mask.empty(7, 5);
        ArrayImg<UnsignedByteType, ByteArray> view = ImgViews.view(mask);
        assertEquals(7, view.dimension(0));
        assertEquals(5, view.dimension(1));
        RandomAccess<UnsignedByteType> at = view.randomAccess();
        at.setPosition(new long[] {3, 2});
        at.get().set(255);
        assertTrue(mask.get(3, 2));
        mask.set(6, 4, true);
        at.setPosition(new long[] {6, 4});
        assertEquals(255, at.get().get());
        assertEquals(2, mask.count());
    }

    @Test
    void plateViewsShareEveryPixelType() {
        int[] rgb = {0x102030, 0x405060, 0x708090, 0xa0b0c0, 0xd0e0f0, 0x010203};
        RandomAccessibleInterval<?> rgbView = ImgViews.view(Plate.rgb(3, 2, rgb));
        @SuppressWarnings("unchecked")
        RandomAccess<ARGBType> argb = ((RandomAccessibleInterval<ARGBType>) rgbView).randomAccess();
        argb.setPosition(new long[] {2, 1});
        assertEquals(0x010203, argb.get().get() & 0xffffff);
        argb.get().set(0xff0000);
        assertEquals(0xff0000, rgb[5]);

        float[] grey = new float[6];
        @SuppressWarnings("unchecked")
        RandomAccessibleInterval<FloatType> floats =
                (RandomAccessibleInterval<FloatType>) ImgViews.view(new Plate(3, 2, PixelType.GRAY32, grey));
        RandomAccess<FloatType> f = floats.randomAccess();
        f.setPosition(new long[] {1, 1});
        f.get().set(0.25f);
        assertEquals(0.25f, grey[4]);

        short[] red = new short[6];
        short[] green = new short[6];
        short[] blue = new short[6];
        @SuppressWarnings("unchecked")
        RandomAccessibleInterval<UnsignedShortType> rgb48 =
                (RandomAccessibleInterval<UnsignedShortType>) ImgViews.view(Plate.rgb48(3, 2, red, green, blue));
        assertEquals(3, rgb48.numDimensions());
        assertEquals(3, rgb48.dimension(2));
        RandomAccess<UnsignedShortType> s = rgb48.randomAccess();
        s.setPosition(new long[] {0, 1, 2});
        s.get().set(60000);
        assertEquals((short) 60000, blue[3]);
        assertEquals(0, red[3]);
    }

    @Test
    void anArrayImgBecomesAPlateOrMaskOverTheSameArray() {
        ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(4, 3);
        Plate plate = ImgViews.plate(img);
        assertEquals(PixelType.GRAY16, plate.type());
        assertSame(img.update(null).getCurrentStorageArray(), plate.pixels());

        byte[] values = new byte[12];
        values[5] = (byte) 255;
        Mask mask = ImgViews.mask(ArrayImgs.unsignedBytes(values, 4, 3));
        assertSame(values, mask.data());
        values[6] = (byte) 255;
        assertTrue(mask.get(2, 1));
    }

    @Test
    void otherImagesAreCopiedWithTheirValues() {
        // An offset interval of a larger image: not a plain array, so it is copied (and read from its own origin).
        ArrayImg<UnsignedByteType, ByteArray> big = ArrayImgs.unsignedBytes(10, 10);
        RandomAccess<UnsignedByteType> at = big.randomAccess();
        at.setPosition(new long[] {5, 6});
        at.get().set(200);
        RandomAccessibleInterval<UnsignedByteType> window = Views.interval(big, new long[] {4, 4}, new long[] {7, 8});
        Plate plate = ImgViews.plate(window);
        assertEquals(4, plate.width());
        assertEquals(5, plate.height());
        assertEquals(200f, plate.sample(0, 2 * 4 + 1));

        // Doubles become a 32-bit plate; a soft map becomes a mask where it is not 0, and the mask refines.
        ArrayImg<DoubleType, ?> soft = ArrayImgs.doubles(new double[] {0, 0.5, 0, 0, 1, 0}, 3, 2);
        assertEquals(PixelType.GRAY32, ImgViews.plate(soft).type());
        assertEquals(0.5f, ImgViews.plate(soft).sample(0, 1));
        Mask mask = ImgViews.mask(soft);
        assertEquals(2, mask.count());
        Mask grown = new RefineSettings(false, 0, 0, 0, 0, io.github.parallaxlayers.refine.KeepMode.ALL,
                new int[0][], 1).apply(mask);
        assertEquals(6, grown.count());

        // Three 8-bit channels become a packed RGB plate.
        ArrayImg<UnsignedByteType, ByteArray> channels = ArrayImgs.unsignedBytes(new byte[] {10, 20, 30, 40, 50, 60},
                2, 1, 3);
        Plate colour = ImgViews.plate(channels);
        assertEquals(PixelType.RGB, colour.type());
        assertEquals(0x0a1e32, ((int[]) colour.pixels())[0]);
    }

    @Test
    void wrongShapesGetOneClearLine() {
        InvalidInputException oneD = assertThrows(InvalidInputException.class,
                () -> ImgViews.plate(ArrayImgs.unsignedBytes(5)));
        assertEquals("A plate is a 2-D image (or 3-D with 3 colour channels); this one has 1 dimension.",
                oneD.getMessage());
        InvalidInputException fourChannels = assertThrows(InvalidInputException.class,
                () -> ImgViews.plate(ArrayImgs.unsignedBytes(4, 4, 4)));
        assertEquals("A 3-D image is a plate only with 3 colour channels in its third dimension; this one has 4.",
                fourChannels.getMessage());
    }
}
