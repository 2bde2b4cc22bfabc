package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every embedded fill promises: untouched outside, untouched input, clear errors, cancellation. */
class InpainterContractTest {

    static Stream<Inpainter> inpainters() {
        return Stream.of(new TeleaInpainter(), new PatchMatchInpainter());
    }

    static Stream<Arguments> inpaintersAndTypes() {
        List<Arguments> out = new ArrayList<>();
        inpainters().forEach(f -> {
            for (PixelType t : PixelType.values()) {
                out.add(Arguments.of(f, t));
            }
        });
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("inpaintersAndTypes")
    void pixelsOutsideTheHoleAreBitIdenticalAndTheInputIsUntouched(Inpainter inpainter, PixelType type) {
        int w = 80;
        int h = 60;
        Plate plate = FillFixtures.noisy(type, w, h, 7);
        Plate before = plate.copy();
        // Two separate holes, one of them touching the left and bottom border.
        Mask hole = FillFixtures.disc(w, h, 50, 20, 9);
        Mask corner = FillFixtures.rectangle(w, h, 0, 45, 15, 15);
        for (int i = 0; i < hole.size(); i++) {
            if (corner.get(i)) {
                hole.set(i, true);
            }
        }
        Plate filled = inpainter.fill(plate, hole, ProgressListener.NONE);
        assertNotSame(plate.pixels(), filled.pixels());
        assertEquals(type, filled.type());
        assertSamePixels(before, plate, null);
        assertSamePixels(plate, filled, hole);
        // Filled values stay within the plate's own range (no wrap-around, no invented extremes).
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < plate.channels(); c++) {
            for (int i = 0; i < plate.size(); i++) {
                if (!hole.get(i)) {
                    min = Math.min(min, plate.sample(c, i));
                    max = Math.max(max, plate.sample(c, i));
                }
            }
        }
        for (int c = 0; c < plate.channels(); c++) {
            for (int i = 0; i < plate.size(); i++) {
                float v = filled.sample(c, i);
                assertTrue(v >= min && v <= max, "filled value " + v + " outside [" + min + ", " + max + "]");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("inpainters")
    void anEmptyHoleGivesAnUnchangedCopy(Inpainter inpainter) {
        Plate plate = FillFixtures.noisy(PixelType.RGB, 20, 10, 3);
        Plate filled = inpainter.fill(plate, Mask.empty(20, 10), ProgressListener.NONE);
        assertNotSame(plate.pixels(), filled.pixels());
        assertArrayEquals((int[]) plate.pixels(), (int[]) filled.pixels());
    }

    @ParameterizedTest
    @MethodSource("inpainters")
    void aHoleCoveringTheWholePlateIsRefused(Inpainter inpainter) {
        Plate plate = FillFixtures.noisy(PixelType.GRAY8, 20, 10, 3);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> inpainter.fill(plate, Mask.full(20, 10), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("whole plate"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("inpainters")
    void aMaskOfAnotherSizeIsRefusedNamingBothSizes(Inpainter inpainter) {
        Plate plate = FillFixtures.noisy(PixelType.GRAY8, 20, 10, 3);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> inpainter.fill(plate, Mask.full(10, 20), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("10x20") && e.getMessage().contains("20x10"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("inpainters")
    void aHoleCoveringMostOfTheFrameIsFilledFromWhatIsLeft(Inpainter inpainter) {
        int w = 96;
        int h = 64;
        Plate plate = FillFixtures.stripes(w, h);
        // Everything but a 12-pixel band along the top is hole (87% of the frame), touching three borders.
        Mask hole = FillFixtures.rectangle(w, h, 0, 12, w, h - 12);
        Plate filled = inpainter.fill(plate, hole, ProgressListener.NONE);
        assertSamePixels(plate, filled, hole);
        double mean = FillFixtures.meanErrorInside(plate, filled, hole);
        assertTrue(mean < 95, "mean error " + mean + " (the stripes' two values are 190 apart)");
    }

    @ParameterizedTest
    @MethodSource("inpainters")
    void cancellingStopsTheFill(Inpainter inpainter) {
        Plate plate = FillFixtures.noisy(PixelType.GRAY8, 200, 200, 5);
        Mask hole = FillFixtures.disc(200, 200, 100, 100, 60);
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> inpainter.fill(plate, hole, cancelled));
    }

    /** Raw bits equal everywhere outside {@code hole} (everywhere when it is null). */
    static void assertSamePixels(Plate expected, Plate actual, Mask hole) {
        Object a = expected.pixels();
        Object b = actual.pixels();
        for (int i = 0; i < expected.size(); i++) {
            if (hole != null && hole.get(i)) {
                continue;
            }
            boolean same = switch (expected.type()) {
                case GRAY8 -> ((byte[]) a)[i] == ((byte[]) b)[i];
                case GRAY16 -> ((short[]) a)[i] == ((short[]) b)[i];
                case GRAY32 -> Float.floatToRawIntBits(((float[]) a)[i]) == Float.floatToRawIntBits(((float[]) b)[i]);
                case RGB -> ((int[]) a)[i] == ((int[]) b)[i];
                case RGB48 -> ((short[][]) a)[0][i] == ((short[][]) b)[0][i]
                        && ((short[][]) a)[1][i] == ((short[][]) b)[1][i]
                        && ((short[][]) a)[2][i] == ((short[][]) b)[2][i];
            };
            if (!same) {
                throw new AssertionError("pixel " + i + " differs outside the hole: " + Arrays.toString(
                        new float[]{expected.sample(0, i), actual.sample(0, i)}));
            }
        }
    }
}
