package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.fill.FillFixtures;
import io.github.parallaxlayers.refine.MaskRefinement;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The LaMa and MI-GAN paths end to end on fixture models that fill every hole pixel with the known mean. */
class LearnedInpainterTest {
    @TempDir
    Path temp;

    private ModelSession open(Path file) {
        return OnnxRuntime.shared().open(file, Device.CPU);
    }

    private static Mask rectangle(int w, int h, int x0, int y0, int rw, int rh) {
        Mask m = Mask.empty(w, h);
        for (int y = y0; y < y0 + rh; y++) {
            for (int x = x0; x < x0 + rw; x++) {
                m.set(x, y, true);
            }
        }
        return m;
    }

    /** Grey 8-bit, {@code left} in the left half and {@code right} in the right half. */
    private static Plate halves(int w, int h, int left, int right) {
        byte[] b = new byte[w * h];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % w < w / 2 ? left : right);
        }
        return Plate.gray8(w, h, b);
    }

    private static int grey(Plate p, int x, int y) {
        return ((byte[]) p.pixels())[y * p.width() + x] & 0xff;
    }

    @Test
    void learnedFillsReportTheirSessionsDeviceFallbackAndEmbeddedFillsNone() throws Exception {
        ModelSession cpu = open(LearnedFixtures.lamaFixed(temp));
        String line = "CUDA is not available (fixture). Running on the CPU.";
        ModelSession fellBack = new ModelSession(cpu.session(), cpu.file(), cpu.sha256(), Device.CPU, line);
        LearnedInpainter lama = LearnedInpainter.lama(fellBack, HighResStrategy.CROP);
        assertEquals(line, lama.fallback());
        assertTrue(lama.fellBack());
        LearnedInpainter migan = LearnedInpainter.migan(open(LearnedFixtures.miganPipeline(temp)),
                HighResStrategy.CROP);
        assertEquals("", migan.fallback(), "device=cpu asked for and used: nothing to report");
        assertFalse(migan.fellBack());
        // through the one factory, as the commands build it: the line is the session's own (the CPU build of
        // ONNX Runtime says why device=auto runs on the CPU; a GPU build with CUDA says nothing)
        io.github.parallaxlayers.fill.Inpainter viaFactory = io.github.parallaxlayers.fill.FillBackend.LAMA.create(
                LearnedFixtures.lamaFixed(temp).toString(), Device.AUTO, HighResStrategy.CROP);
        assertEquals(OnnxRuntime.shared().open(LearnedFixtures.lamaFixed(temp), Device.AUTO).fallback(),
                viaFactory.fallback());
        assertFalse(io.github.parallaxlayers.fill.FillBackend.PATCH.create().fellBack());
        assertEquals("", io.github.parallaxlayers.fill.FillBackend.TELEA.create().fallback());
    }

    @Test
    void fixedLamaAt512FillsTheHoleWithTheKnownMeanAndKeepsTheRest() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaFixed(temp)), HighResStrategy.ORIGINAL);
        Plate plate = halves(512, 512, 40, 200);
        Mask hole = rectangle(512, 512, 0, 0, 256, 128); // a quarter of the dark half: known = 256·384 dark + 256·512 bright
        Plate out = lama.fill(plate, hole, ProgressListener.NONE);
        double mean = (40.0 * 256 * 384 + 200.0 * 256 * 512) / (256 * 384 + 256 * 512);
        assertEquals((int) Math.round(mean), grey(out, 10, 10));
        assertEquals((int) Math.round(mean), grey(out, 255, 127));
        assertEquals(40, grey(out, 10, 128));
        assertEquals(200, grey(out, 300, 0));
        assertEquals(40, grey(plate, 10, 10), "input untouched");
    }

    @Test
    void dynamicLamaPadsBottomRightSymmetricallyToAMultipleOf8() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaDynamic(temp)), HighResStrategy.ORIGINAL);
        // 6 columns valued 0,10,..,50 → padded to 8 with columns 50, 40 (numpy symmetric); column 0 is the hole.
        byte[] b = new byte[6 * 8];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (10 * (i % 6));
        }
        Plate out = lama.fill(Plate.gray8(6, 8, b), rectangle(6, 8, 0, 0, 1, 8), ProgressListener.NONE);
        // (10+20+30+40+50 + 50+40) / 7 = 34.29; edge replication would give 35.7, no padding 30.
        assertEquals(34, grey(out, 0, 3));
        // The same along rows: height 6 padded to 8 with rows 5, 4.
        byte[] t = new byte[8 * 6];
        for (int i = 0; i < t.length; i++) {
            t[i] = (byte) (10 * (i / 8));
        }
        Plate outT = lama.fill(Plate.gray8(8, 6, t), rectangle(8, 6, 0, 0, 8, 1), ProgressListener.NONE);
        assertEquals(34, grey(outT, 5, 0));
        assertEquals(0, LamaNetwork.mirror(0, 6));
        assertEquals(5, LamaNetwork.mirror(6, 6));
        assertEquals(4, LamaNetwork.mirror(7, 6));
        assertEquals(0, LamaNetwork.mirror(5, 3), "pads longer than the side mirror again: a b c | c b a | a");
        assertEquals(1, LamaNetwork.mirror(7, 3));
    }

    @Test
    void fixedLamaRefusesOriginalOnAnotherSizeAndSaysWhatToUse() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaFixed(temp)), HighResStrategy.ORIGINAL);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> lama.fill(halves(640, 480, 1, 2), rectangle(640, 480, 5, 5, 9, 9), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("512x512") && e.getMessage().contains("strategy=crop"), e.getMessage());
    }

    @Test
    void cropFillsEachHoleFromItsOwnContextIncludingOneOnTheBorder() throws Exception {
        for (Path model : new Path[] {LearnedFixtures.lamaFixed(temp), LearnedFixtures.lamaDynamic(temp)}) {
            LearnedInpainter lama = LearnedInpainter.lama(open(model), HighResStrategy.CROP);
            Plate plate = halves(1400, 800, 50, 200);
            Mask hole = rectangle(1400, 800, 100, 300, 40, 40);
            hole = MaskRefinement.union(hole, rectangle(1400, 800, 1300, 300, 40, 40));
            hole = MaskRefinement.union(hole, rectangle(1400, 800, 0, 0, 30, 30));
            Plate out = lama.fill(plate, hole, ProgressListener.NONE);
            assertEquals(50, grey(out, 120, 320), model.getFileName() + ": left hole from the dark half");
            assertEquals(200, grey(out, 1320, 320), model.getFileName() + ": right hole from the bright half");
            assertEquals(50, grey(out, 0, 0), model.getFileName() + ": border hole");
            assertOutsideIdentical(plate, out, hole);
        }
    }

    @Test
    void resizeFillsFromTheWholeDownscaledPlate() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaDynamic(temp)), HighResStrategy.RESIZE);
        Plate plate = halves(2000, 1000, 50, 200);
        Mask hole = rectangle(2000, 1000, 200, 300, 200, 200);
        Plate out = lama.fill(plate, hole, ProgressListener.NONE);
        int deep = grey(out, 300, 400);
        // Known mean at 512x256 is just above 125 (the hole removes dark pixels only), not the dark half's 50.
        assertTrue(deep > 125 && deep < 135, "deep fill " + deep);
        assertOutsideIdentical(plate, out, hole);
    }

    @Test
    void oneHoleCoveringMostOfTheFrameIsResizedAndFilled() throws Exception {
        for (HighResStrategy strategy : new HighResStrategy[] {HighResStrategy.CROP, HighResStrategy.RESIZE}) {
            LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaFixed(temp)), strategy);
            Plate plate = halves(1600, 1200, 90, 90);
            Mask hole = rectangle(1600, 1200, 40, 40, 1520, 1120);
            Plate out = lama.fill(plate, hole, ProgressListener.NONE);
            assertEquals(90, grey(out, 800, 600), strategy.label());
            assertEquals(90, grey(out, 41, 41), strategy.label() + ": no seam on a uniform frame");
            assertOutsideIdentical(plate, out, hole);
        }
    }

    @Test
    void seamFeatherShiftsTheHoleEdgeByTheLocalOffsetAndFadesOut() {
        int w = 30;
        int h = 5;
        RgbImage original = RgbImage.blank(w, h);
        RgbImage result = RgbImage.blank(w, h);
        byte[] hole = new byte[w * h];
        for (int i = 0; i < w * h; i++) {
            boolean inHole = i % w >= 10;
            hole[i] = inHole ? (byte) 255 : 0;
            for (int c = 0; c < 3; c++) {
                original.channels()[c][i] = inHole ? 0 : 100;
                result.channels()[c][i] = inHole ? 50 : 90;
            }
        }
        SeamFeather.apply(original, result, hole, 4);
        float[] row = new float[w];
        System.arraycopy(result.channels()[1], 2 * w, row, 0, w);
        assertEquals(90f, row[9], "outside untouched");
        assertEquals(60f, row[10], 1e-4, "next to the boundary: the full offset of 10");
        assertEquals(57.5f, row[11], 1e-4);
        assertEquals(52.5f, row[13], 1e-4);
        assertEquals(50f, row[14], 1e-4, "beyond the radius: the fill itself");
        assertEquals(50f, row[20], 1e-4);
    }

    @Test
    void everyBitDepthComesBackInItsOwnUnitsAndOutsideIsBitIdentical() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaDynamic(temp)), HighResStrategy.ORIGINAL);
        Mask hole = rectangle(64, 48, 20, 10, 10, 10);
        // 16-bit: known pixels 1000 and 3000 in equal numbers → mean 2000 in the plate's units.
        short[] s = new short[64 * 48];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (i % 64 < 32 ? 1000 : 3000);
        }
        for (int i = 0; i < s.length; i++) {
            if (hole.get(i)) {
                s[i] = (short) 65535; // what the hole held must not count
            }
        }
        Plate out16 = lama.fill(new Plate(64, 48, PixelType.GRAY16, s), hole, ProgressListener.NONE);
        // Known: 100 fewer dark (columns 20..29 < 32) pixels than bright.
        double mean16 = (1000.0 * (32 * 48 - 100) + 3000.0 * 32 * 48) / (64 * 48 - 100);
        assertEquals((int) Math.round(mean16), ((short[]) out16.pixels())[15 * 64 + 25] & 0xffff, 1);
        // 32-bit float, negative values.
        float[] f = new float[64 * 48];
        for (int i = 0; i < f.length; i++) {
            f[i] = hole.get(i) ? Float.NaN : (i % 64 < 32 ? -5.5f : 10.25f);
        }
        Plate out32 = lama.fill(new Plate(64, 48, PixelType.GRAY32, f), hole, ProgressListener.NONE);
        double mean32 = (-5.5 * (32 * 48 - 100) + 10.25 * 32 * 48) / (64 * 48 - 100);
        assertEquals(mean32, ((float[]) out32.pixels())[15 * 64 + 25], 1e-3);
        // RGB, each channel its own mean.
        int[] rgb = new int[64 * 48];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = hole.get(i) ? 0xff0000 : (i % 2 == 0 ? 0x0a141e : 0x1e2832);
        }
        Plate outRgb = lama.fill(Plate.rgb(64, 48, rgb), hole, ProgressListener.NONE);
        assertEquals(0x141e28, ((int[]) outRgb.pixels())[15 * 64 + 25]);
        // 16-bit colour: each channel its own mean, back in 16-bit units through the channels' joint range.
        short[][] planes = new short[3][64 * 48];
        int[][] pairs = {{1000, 3000}, {20000, 40000}, {500, 60500}};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < planes[c].length; i++) {
                planes[c][i] = (short) (hole.get(i) ? 65535 : pairs[c][i % 2]);
            }
        }
        Plate out48 = lama.fill(Plate.rgb48(64, 48, planes[0], planes[1], planes[2]), hole, ProgressListener.NONE);
        assertEquals(PixelType.RGB48, out48.type());
        assertEquals(2000, out48.sample(0, 15 * 64 + 25), 1);
        assertEquals(30000, out48.sample(1, 15 * 64 + 25), 1);
        assertEquals(30500, out48.sample(2, 15 * 64 + 25), 1);
        assertEquals(40000, out48.sample(1, 15 * 64 + 41));
        // Noisy plates of every type through every strategy: outside bit-identical, input unchanged.
        for (PixelType type : PixelType.values()) {
            for (HighResStrategy strategy : HighResStrategy.values()) {
                LearnedInpainter l = LearnedInpainter.lama(open(LearnedFixtures.lamaDynamic(temp)), strategy);
                Plate plate = FillFixtures.noisy(type, 700, 300, type.ordinal());
                Plate before = plate.copy();
                Mask holes = MaskRefinement.union(rectangle(700, 300, 0, 100, 80, 60), rectangle(700, 300, 400, 20, 250, 200));
                Plate out = l.fill(plate, holes, ProgressListener.NONE);
                assertOutsideIdentical(plate, out, holes);
                assertOutsideIdentical(before, plate, Mask.empty(700, 300));
            }
        }
    }

    @Test
    void miganPipelineGetsUint8WithKnownAs255() throws Exception {
        LearnedInpainter migan = LearnedInpainter.migan(open(LearnedFixtures.miganPipeline(temp)),
                HighResStrategy.ORIGINAL);
        int[] rgb = new int[64 * 48];
        Mask hole = rectangle(64, 48, 30, 0, 20, 48);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = hole.get(i) ? 0xff0000 : (i % 2 == 0 ? 0x0a141e : 0x1e2832);
        }
        Plate out = migan.fill(Plate.rgb(64, 48, rgb), hole, ProgressListener.NONE);
        assertEquals(0x141e28, ((int[]) out.pixels())[5 * 64 + 40]);
        assertEquals(rgb[5 * 64 + 10], ((int[]) out.pixels())[5 * 64 + 10]);
        Plate cropped = LearnedInpainter.migan(open(LearnedFixtures.miganPipeline(temp)), HighResStrategy.CROP)
                .fill(Plate.rgb(64, 48, rgb), hole, ProgressListener.NONE);
        assertEquals(0x141e28, ((int[]) cropped.pixels())[5 * 64 + 40]);
    }

    @Test
    void aModelOfTheOtherContractIsRejected() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LearnedInpainter.migan(open(LearnedFixtures.lamaFixed(temp)), HighResStrategy.CROP));
        assertTrue(e.getMessage().contains("migan-pipeline"), e.getMessage());
    }

    @Test
    void anEmptyHoleGivesAnUnchangedCopyAndAWrongSizedOneAnError() throws Exception {
        LearnedInpainter lama = LearnedInpainter.lama(open(LearnedFixtures.lamaFixed(temp)), HighResStrategy.CROP);
        Plate plate = halves(40, 30, 1, 2);
        Plate out = lama.fill(plate, Mask.empty(40, 30), ProgressListener.NONE);
        assertArrayEquals((byte[]) plate.pixels(), (byte[]) out.pixels());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> lama.fill(plate, Mask.empty(41, 30), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("41x30"), e.getMessage());
    }


    static void assertOutsideIdentical(Plate a, Plate b, Mask hole) {
        for (int i = 0; i < a.size(); i++) {
            if (!hole.get(i)) {
                for (int c = 0; c < a.channels(); c++) {
                    if (Float.floatToRawIntBits(a.sample(c, i)) != Float.floatToRawIntBits(b.sample(c, i))) {
                        throw new AssertionError("pixel " + i + " channel " + c + " changed outside the hole: "
                                + a.sample(c, i) + " -> " + b.sample(c, i));
                    }
                }
            }
        }
    }
}
