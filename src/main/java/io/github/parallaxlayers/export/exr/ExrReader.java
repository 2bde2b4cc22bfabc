package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Box;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads scanline OpenEXR files, single- or multi-part, uncompressed or ZIP/ZIPS, with HALF, FLOAT or UINT
 * channels at full resolution: enough for what {@link ExrWriter} writes and for what most compositors save with
 * those settings. Tiled, deep and other compressions are refused with a message that says so.
 */
public final class ExrReader {

    private ExrReader() {
    }

    /**
     * One part as read.
     *
     * @param channels   channel names in stored order
     * @param samples    per channel, the data window's samples row by row, as floats
     * @param attributes every header attribute by name, the required ones included
     */
    public record Part(String name, int displayWidth, int displayHeight, Box dataWindow, List<String> channels,
                       int[] pixelTypes, int compression, float[][] samples, Map<String, ExrAttribute> attributes) {

        /** The samples of one channel, or null. */
        public float[] channel(String channel) {
            int i = channels.indexOf(channel);
            return i < 0 ? null : samples[i];
        }

        /** The sample of a channel at a display position, 0 outside the data window (OpenEXR's convention). */
        public float at(String channel, int x, int y) {
            float[] s = channel(channel);
            if (s == null || !dataWindow.contains(x, y)) {
                return 0;
            }
            return s[(y - dataWindow.y()) * dataWindow.width() + x - dataWindow.x()];
        }
    }

    public static List<Part> read(Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return read(in, file.getFileName().toString());
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new InvalidInputException(file.getFileName() + " ends early or has a damaged header: it is not a "
                    + "complete OpenEXR file; export it again.");
        }
    }

    private static List<Part> read(ByteBuffer in, String fileName) {
        if (in.remaining() < 8 || in.getInt() != ExrWriter.MAGIC) {
            throw new InvalidInputException(fileName + " is not an OpenEXR file (no OpenEXR magic number).");
        }
        int version = in.getInt();
        boolean multipart = (version & ExrWriter.FLAG_MULTIPART) != 0;
        if ((version & 0xff) != 2 || (version & 0x200) != 0 || (version & 0x800) != 0) {
            throw new InvalidInputException(fileName + " is a tiled or deep OpenEXR file (version field 0x"
                    + Integer.toHexString(version) + "); only scanline images can be read: save it as scanlines.");
        }
        List<Map<String, ExrAttribute>> headers = new ArrayList<>();
        do {
            headers.add(header(in));
        } while (multipart && in.get(in.position()) != 0);
        if (multipart) {
            in.get();
        }
        List<Part> parts = new ArrayList<>();
        List<long[]> offsets = new ArrayList<>();
        for (Map<String, ExrAttribute> h : headers) {
            String type = h.containsKey("type") ? h.get("type").asString() : "scanlineimage";
            if (!type.equals("scanlineimage")) {
                throw new InvalidInputException(fileName + " has a part of type '" + type + "'; only scanline "
                        + "images can be read.");
            }
            Box data = box(h, "dataWindow", fileName);
            int compression = h.get("compression").value()[0];
            int lines = switch (compression) {
                case 0, 2 -> 1;
                case 3 -> 16;
                default -> throw new InvalidInputException(fileName + " uses OpenEXR compression " + compression
                        + "; only none, ZIPS and ZIP can be read: save it with ZIP compression.");
            };
            int chunks = h.containsKey("chunkCount") ? h.get("chunkCount").asInt()
                    : (data.height() + lines - 1) / lines;
            offsets.add(new long[chunks]);
            parts.add(emptyPart(h, data, compression, fileName));
        }
        for (long[] table : offsets) {
            for (int i = 0; i < table.length; i++) {
                table[i] = in.getLong();
            }
        }
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            int lines = part.compression() == 3 ? 16 : 1;
            for (long offset : offsets.get(p)) {
                in.position(Math.toIntExact(offset));
                if (multipart && in.getInt() != p) {
                    throw new InvalidInputException(fileName + ": a block of part " + p + " is marked as another "
                            + "part's; the file is damaged.");
                }
                int y = in.getInt();
                int size = in.getInt();
                byte[] stored = new byte[size];
                in.get(stored);
                decode(part, y, lines, stored, fileName);
            }
        }
        return parts;
    }

    private static Map<String, ExrAttribute> header(ByteBuffer in) {
        Map<String, ExrAttribute> attributes = new LinkedHashMap<>();
        while (true) {
            String name = string(in);
            if (name.isEmpty()) {
                return attributes;
            }
            String type = string(in);
            byte[] value = new byte[in.getInt()];
            in.get(value);
            attributes.put(name, new ExrAttribute(type, value));
        }
    }

    private static String string(ByteBuffer in) {
        int start = in.position();
        while (in.get() != 0) {
            // scan to the terminating zero
        }
        byte[] bytes = new byte[in.position() - start - 1];
        in.get(start, bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Box box(Map<String, ExrAttribute> h, String name, String fileName) {
        ExrAttribute a = h.get(name);
        if (a == null || !a.type().equals("box2i")) {
            throw new InvalidInputException(fileName + " has no " + name + "; it is not a valid OpenEXR file.");
        }
        ByteBuffer b = ByteBuffer.wrap(a.value()).order(ByteOrder.LITTLE_ENDIAN);
        int x0 = b.getInt();
        int y0 = b.getInt();
        return new Box(x0, y0, b.getInt() - x0 + 1, b.getInt() - y0 + 1);
    }

    private static Part emptyPart(Map<String, ExrAttribute> h, Box data, int compression, String fileName) {
        ByteBuffer list = ByteBuffer.wrap(h.get("channels").value()).order(ByteOrder.LITTLE_ENDIAN);
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        while (list.get(list.position()) != 0) {
            names.add(string(list));
            types.add(list.getInt());
            list.getInt(); // pLinear and reserved
            if (list.getInt() != 1 || list.getInt() != 1) {
                throw new InvalidInputException(fileName + ": channel '" + names.get(names.size() - 1)
                        + "' is subsampled; only full-resolution channels can be read.");
            }
        }
        Box display = box(h, "displayWindow", fileName);
        float[][] samples = new float[names.size()][data.width() * data.height()];
        String name = h.containsKey("name") ? h.get("name").asString() : "";
        return new Part(name, display.width(), display.height(), data, List.copyOf(names),
                types.stream().mapToInt(Integer::intValue).toArray(), compression, samples, h);
    }

    private static void decode(Part part, int y0, int lines, byte[] stored, String fileName) {
        Box d = part.dataWindow();
        int count = Math.min(lines, d.y() + d.height() - y0);
        int lineBytes = 0;
        for (int type : part.pixelTypes()) {
            lineBytes += d.width() * (type == 1 ? 2 : 4);
        }
        int expected = count * lineBytes;
        byte[] raw = stored.length == expected ? stored : unzip(stored, expected, fileName);
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = y0; y < y0 + count; y++) {
            int rowStart = (y - d.y()) * d.width();
            for (int c = 0; c < part.channels().size(); c++) {
                float[] s = part.samples()[c];
                int type = part.pixelTypes()[c];
                for (int x = 0; x < d.width(); x++) {
                    s[rowStart + x] = switch (type) {
                        case 0 -> Integer.toUnsignedLong(b.getInt());
                        case 1 -> Half.toFloat(b.getShort());
                        default -> b.getFloat();
                    };
                }
            }
        }
    }

    /** zlib, then the predictor undone (running sum minus 128) and the two halves interleaved back. */
    static byte[] unzip(byte[] stored, int expected, String fileName) {
        byte[] t = new byte[expected];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            int size = 0;
            while (size < expected && !inflater.finished()) {
                int n = inflater.inflate(t, size, expected - size);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
            }
            if (size != expected) {
                throw new InvalidInputException(fileName + " has a damaged compressed block; export it again.");
            }
        } catch (DataFormatException e) {
            throw new InvalidInputException(fileName + " has a damaged compressed block (" + e.getMessage()
                    + "); export it again.");
        } finally {
            inflater.end();
        }
        for (int i = 1; i < expected; i++) {
            t[i] = (byte) ((t[i - 1] & 0xff) + (t[i] & 0xff) - 128);
        }
        byte[] raw = new byte[expected];
        int half = (expected + 1) / 2;
        for (int i = 0, a = 0, b = half; i < expected; i++) {
            raw[i] = (i & 1) == 0 ? t[a++] : t[b++];
        }
        return raw;
    }
}
