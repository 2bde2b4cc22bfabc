package io.github.parallaxlayers.imglib2;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import java.util.List;

/**
 * Plates and masks as imglib2 images and back. A view shares the plate's or mask's array (writing through it
 * changes the plate), as {@code ArrayImgs} wraps an array. From imglib2, an {@code ArrayImg} whose array has the
 * plate's layout is wrapped as it is; any other {@code RandomAccessibleInterval} (a view, a cell image, an offset
 * interval) is copied once, since the algorithms work on flat arrays.
 *
 * <p>Pixel types: 8-bit grey ⇄ {@code UnsignedByteType}, 16-bit grey ⇄ {@code UnsignedShortType}, 32-bit grey ⇄
 * {@code FloatType}, RGB ⇄ {@code ARGBType} (packed {@code int}), 16-bit colour ({@code RGB48}) ⇄ a 3-D
 * {@code UnsignedShortType} image whose third dimension is the three channels. Other real types become 32-bit
 * plates; a 3-D image of three 8-bit channels becomes an RGB plate.
 */
public final class ImgViews {
    private ImgViews() {
    }

    /** The mask as an {@code UnsignedByteType} image (0 or 255) over the mask's own array. */
    public static ArrayImg<UnsignedByteType, ByteArray> view(Mask mask) {
        return ArrayImgs.unsignedBytes(mask.data(), mask.width(), mask.height());
    }

    /**
     * The plate as an image over the plate's own arrays: {@code ArrayImg} for grey and RGB plates, a stack of three
     * {@code ArrayImg} planes for 16-bit colour (x, y, channel).
     */
    public static RandomAccessibleInterval<?> view(Plate plate) {
        long w = plate.width();
        long h = plate.height();
        return switch (plate.type()) {
            case GRAY8 -> ArrayImgs.unsignedBytes((byte[]) plate.pixels(), w, h);
            case GRAY16 -> ArrayImgs.unsignedShorts((short[]) plate.pixels(), w, h);
            case GRAY32 -> ArrayImgs.floats((float[]) plate.pixels(), w, h);
            case RGB -> ArrayImgs.argbs((int[]) plate.pixels(), w, h);
            case RGB48 -> {
                short[][] planes = (short[][]) plate.pixels();
                yield Views.stack(List.of(ArrayImgs.unsignedShorts(planes[0], w, h),
                        ArrayImgs.unsignedShorts(planes[1], w, h), ArrayImgs.unsignedShorts(planes[2], w, h)));
            }
        };
    }

    /** A plate from a 2-D grey or ARGB image, or a 3-D image of three colour channels (see the class comment). */
    public static Plate plate(RandomAccessibleInterval<?> image) {
        int[] size = size(image, "plate");
        Object type = image.getType();
        if (size.length == 3) {
            if (size[2] != 3) {
                throw new InvalidInputException("A 3-D image is a plate only with 3 colour channels in its third "
                        + "dimension; this one has " + size[2] + ".");
            }
            return colourPlate(image, type, size[0], size[1]);
        }
        int w = size[0];
        int h = size[1];
        if (type instanceof ARGBType) {
            int[] shared = sharedArray(image, IntArray.class, w, h);
            int[] rgb = shared != null ? shared : new int[w * h];
            if (shared == null) {
                Cursor<?> c = Views.flatIterable(Views.zeroMin(image)).cursor();
                for (int i = 0; i < rgb.length; i++) {
                    rgb[i] = ((ARGBType) c.next()).get() & 0xffffff;
                }
            }
            return Plate.rgb(w, h, rgb);
        }
        if (type instanceof UnsignedByteType) {
            byte[] shared = sharedArray(image, ByteArray.class, w, h);
            return new Plate(w, h, PixelType.GRAY8, shared != null ? shared : copyBytes(image, w * h));
        }
        if (type instanceof UnsignedShortType) {
            short[] shared = sharedArray(image, ShortArray.class, w, h);
            return new Plate(w, h, PixelType.GRAY16, shared != null ? shared : copyShorts(image, w * h));
        }
        if (type instanceof FloatType) {
            float[] shared = sharedArray(image, FloatArray.class, w, h);
            if (shared != null) {
                return new Plate(w, h, PixelType.GRAY32, shared);
            }
        }
        if (type instanceof RealType<?>) {
            float[] values = new float[w * h];
            Cursor<?> c = Views.flatIterable(Views.zeroMin(image)).cursor();
            for (int i = 0; i < values.length; i++) {
                values[i] = ((RealType<?>) c.next()).getRealFloat();
            }
            return new Plate(w, h, PixelType.GRAY32, values);
        }
        throw new InvalidInputException("A plate needs grey values (a RealType) or ARGBType pixels; got "
                + type.getClass().getSimpleName() + ".");
    }

    /**
     * A mask from a 2-D image: inside where the value is not 0. An {@code UnsignedByteType} {@code ArrayImg} that
     * holds only 0 and 255 is wrapped (no copy); anything else is copied.
     */
    public static Mask mask(RandomAccessibleInterval<? extends RealType<?>> image) {
        int[] size = size(image, "mask");
        if (size.length != 2) {
            throw new InvalidInputException("A mask is a 2-D image; this one has " + size.length + " dimensions.");
        }
        int w = size[0];
        int h = size[1];
        if (image.getType() instanceof UnsignedByteType) {
            byte[] shared = sharedArray(image, ByteArray.class, w, h);
            if (shared != null && onlyZeroAnd255(shared)) {
                return Mask.wrap(w, h, shared);
            }
        }
        byte[] data = new byte[w * h];
        Cursor<? extends RealType<?>> c = Views.flatIterable(Views.zeroMin(image)).cursor();
        for (int i = 0; i < data.length; i++) {
            data[i] = c.next().getRealDouble() != 0 ? Mask.ON : 0;
        }
        return Mask.wrap(w, h, data);
    }

    private static Plate colourPlate(RandomAccessibleInterval<?> image, Object type, int w, int h) {
        int n = w * h;
        if (type instanceof UnsignedShortType) {
            short[][] planes = new short[3][];
            for (int c = 0; c < 3; c++) {
                planes[c] = copyShorts(Views.hyperSlice(image, 2, image.min(2) + c), n);
            }
            return Plate.rgb48(w, h, planes[0], planes[1], planes[2]);
        }
        if (type instanceof UnsignedByteType) {
            int[] rgb = new int[n];
            for (int c = 0; c < 3; c++) {
                byte[] plane = copyBytes(Views.hyperSlice(image, 2, image.min(2) + c), n);
                for (int i = 0; i < n; i++) {
                    rgb[i] |= (plane[i] & 0xff) << (16 - 8 * c);
                }
            }
            return Plate.rgb(w, h, rgb);
        }
        throw new InvalidInputException("A 3-channel plate needs 8-bit or 16-bit unsigned channels; got "
                + type.getClass().getSimpleName() + ".");
    }

    private static int[] size(RandomAccessibleInterval<?> image, String what) {
        int n = image.numDimensions();
        if (n < 2 || n > 3) {
            throw new InvalidInputException("A " + what + " is a 2-D image (or 3-D with 3 colour channels); this one "
                    + "has " + n + " dimension" + (n == 1 ? "" : "s") + ".");
        }
        int[] size = new int[n];
        for (int d = 0; d < n; d++) {
            if (image.dimension(d) > Integer.MAX_VALUE / 2) {
                throw new InvalidInputException("The image is too large for a " + what + ".");
            }
            size[d] = (int) image.dimension(d);
        }
        return size;
    }

    /** The backing array of a plain 2-D {@code ArrayImg} of exactly w×h, or null when the image is anything else. */
    @SuppressWarnings("unchecked")
    private static <A> A sharedArray(RandomAccessibleInterval<?> image, Class<?> access, int w, int h) {
        if (image instanceof ArrayImg<?, ?> img && img.numDimensions() == 2 && img.dimension(0) == w
                && img.dimension(1) == h) {
            Object data = img.update(null);
            if (access.isInstance(data)) {
                Object array = ((net.imglib2.img.basictypeaccess.array.ArrayDataAccess<?>) data)
                        .getCurrentStorageArray();
                if (java.lang.reflect.Array.getLength(array) == w * h) {
                    return (A) array;
                }
            }
        }
        return null;
    }

    private static byte[] copyBytes(RandomAccessibleInterval<?> image, int n) {
        byte[] out = new byte[n];
        forEachValue(image, n, (i, v) -> out[i] = (byte) v);
        return out;
    }

    private static short[] copyShorts(RandomAccessibleInterval<?> image, int n) {
        short[] out = new short[n];
        forEachValue(image, n, (i, v) -> out[i] = (short) v);
        return out;
    }

    /** Where the {@code i}-th value of an image, in flat (x fastest) order, goes. */
    private interface ValueSink {
        void put(int i, double value);
    }

    /** The first {@code n} values of a real-typed image in flat order, whatever its origin. */
    private static void forEachValue(RandomAccessibleInterval<?> image, int n, ValueSink sink) {
        Cursor<?> c = Views.flatIterable(Views.zeroMin(image)).cursor();
        for (int i = 0; i < n; i++) {
            sink.put(i, ((RealType<?>) c.next()).getRealDouble());
        }
    }

    private static boolean onlyZeroAnd255(byte[] data) {
        for (byte b : data) {
            if (b != 0 && b != Mask.ON) {
                return false;
            }
        }
        return true;
    }
}
