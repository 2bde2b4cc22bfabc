package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExrWriterTest {
    @TempDir
    Path temp;

    /** A part whose sample at (x, y) of channel c is a known function, with noise so ZIP has work to do. */
    static ExrPart part(String name, Box window, List<String> channels, long seed) {
        return new ExrPart(name, 50, 40, window, channels, (c, y, row) -> {
            for (int i = 0; i < row.length; i++) {
                row[i] = value(seed, c, window.x() + i, y);
            }
        }, Map.of("comments", ExrAttribute.ofString("test " + name)));
    }

    static float value(long seed, int c, int x, int y) {
        Random r = new Random(seed * 1_000_003L + c * 10_007L + y * 101L + x);
        return (float) (r.nextGaussian() * 3 + x * 0.01 - y * 0.5);
    }

    @Test
    void multiPartFileReadsBackEveryWindowChannelAndValue() throws IOException {
        for (ExrCompression compression : ExrCompression.values()) {
            for (ExrPrecision precision : ExrPrecision.values()) {
                List<ExrPart> parts = List.of(part("front", new Box(3, 5, 17, 23), List.of("R", "G", "B", "A"), 1),
                        part("back", new Box(0, 0, 50, 40), List.of("Z", "A"), 2));
                Path file = temp.resolve(compression.label() + "-" + precision.label() + ".exr");
                ExrWriter.write(file, parts, true, precision, compression, ProgressListener.NONE);
                List<ExrReader.Part> read = ExrReader.read(file);
                assertEquals(2, read.size());
                for (int p = 0; p < 2; p++) {
                    ExrPart written = parts.get(p);
                    ExrReader.Part back = read.get(p);
                    assertEquals(written.name(), back.name());
                    assertEquals(written.dataWindow(), back.dataWindow());
                    assertEquals(50, back.displayWidth());
                    assertEquals(40, back.displayHeight());
                    assertEquals(compression == ExrCompression.ZIP ? 3 : 0, back.compression());
                    assertEquals("test " + written.name(), back.attributes().get("comments").asString());
                    // channels are stored sorted by name
                    assertEquals(written.channels().stream().sorted().toList(), back.channels());
                    for (int c = 0; c < written.channels().size(); c++) {
                        float[] samples = back.channel(written.channels().get(c));
                        Box w = written.dataWindow();
                        for (int y = 0; y < w.height(); y++) {
                            for (int x = 0; x < w.width(); x++) {
                                float expected = value(p + 1, c, w.x() + x, w.y() + y);
                                if (precision == ExrPrecision.HALF) {
                                    expected = Half.toFloat(Half.fromFloat(expected));
                                }
                                assertEquals(expected, samples[y * w.width() + x]);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void singlePartFileHasTheClassicLayoutWithoutPartNames() throws IOException {
        Path file = temp.resolve("single.exr");
        ExrWriter.write(file, List.of(part("only", new Box(2, 2, 40, 33), List.of("a.R", "a.A", "b.R"), 4)), false,
                ExrPrecision.HALF, ExrCompression.ZIP, ProgressListener.NONE);
        ByteBuffer head = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(20000630, head.getInt());
        assertEquals(2, head.getInt(), "version 2, no multi-part flag");
        ExrReader.Part read = ExrReader.read(file).get(0);
        assertEquals(List.of("a.A", "a.R", "b.R"), read.channels());
        assertEquals("", read.name());
        assertEquals(Half.toFloat(Half.fromFloat(value(4, 2, 2 + 7, 2 + 30))), read.at("b.R", 9, 32));
        assertEquals(0, read.at("b.R", 0, 0), "outside the data window");
    }

    @Test
    void zipBlocksUseOpenExrsInterleaveAndPredictorAndTinyOrNoisyBlocksStayRaw() {
        byte[] raw = new byte[4096];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (i % 7 == 0 ? 3 : 1);
        }
        byte[] zipped = ExrWriter.zip(raw);
        assertTrue(zipped.length < raw.length / 10);
        assertArrayEquals(raw, ExrReader.unzip(zipped, raw.length, "test"));
        byte[] noise = new byte[64];
        new Random(5).nextBytes(noise);
        assertArrayEquals(noise, ExrWriter.zip(noise), "incompressible data is stored as is");
        // by hand: [1,2,3,4,5] interleaves to [1,3,5,2,4], whose differences +128 are [1,130,130,125,130]
        byte[] t = new byte[] {1, (byte) 130, (byte) 130, (byte) 125, (byte) 130};
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(t);
        d.finish();
        byte[] z = new byte[64];
        int n = d.deflate(z);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, ExrReader.unzip(java.util.Arrays.copyOf(z, n), 5, "t"));
    }

    @Test
    void longChannelNamesSetTheLongNameFlag() throws IOException {
        String name = "a layer with a rather long name indeed.R";
        Path file = temp.resolve("long.exr");
        ExrWriter.write(file, List.of(part("x", new Box(0, 0, 4, 4), List.of(name), 1)), false, ExrPrecision.FLOAT,
                ExrCompression.NONE, ProgressListener.NONE);
        ByteBuffer head = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        head.getInt();
        assertEquals(2 | 0x400, head.getInt());
        assertEquals(List.of(name), ExrReader.read(file).get(0).channels());
    }

    @Test
    void refusesWhatCannotBeWritten() {
        Box box = new Box(0, 0, 4, 4);
        assertThrows(IllegalArgumentException.class, () -> ExrWriter.write(temp.resolve("a.exr"),
                List.of(part("x", box, List.of("R"), 1), part("y", box, List.of("R"), 1)), false,
                ExrPrecision.HALF, ExrCompression.ZIP, ProgressListener.NONE));
        assertThrows(IllegalArgumentException.class, () -> ExrWriter.write(temp.resolve("b.exr"),
                List.of(part("x", box, List.of("R"), 1), part("x", box, List.of("R"), 1)), true,
                ExrPrecision.HALF, ExrCompression.ZIP, ProgressListener.NONE));
    }

    @Test
    void readerRefusesOtherFilesWithOneLine() throws IOException {
        Path png = temp.resolve("not.exr");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 0});
        var e = assertThrows(io.github.parallaxlayers.core.InvalidInputException.class, () -> ExrReader.read(png));
        assertEquals("not.exr is not an OpenEXR file (no OpenEXR magic number).", e.getMessage());
        Path good = temp.resolve("cut.exr");
        ExrWriter.write(good, List.of(part("x", new Box(0, 0, 50, 40), List.of("R"), 1)), false, ExrPrecision.HALF,
                ExrCompression.NONE, ProgressListener.NONE);
        byte[] bytes = Files.readAllBytes(good);
        Files.write(good, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        e = assertThrows(io.github.parallaxlayers.core.InvalidInputException.class, () -> ExrReader.read(good));
        assertTrue(e.getMessage().contains("not a complete OpenEXR file"), e.getMessage());
    }
}
