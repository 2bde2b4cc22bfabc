package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

/**
 * Writes scanline OpenEXR files (the OpenEXR file layout, version 2): one part as a plain single-part file, or
 * several as a multi-part file. Blocks are 16 scanlines with ZIP (zlib after OpenEXR's byte interleave and delta
 * predictor; a block that would not shrink is stored as is) and one scanline uncompressed, always in increasing y.
 * Blocks are encoded on all cores and written in order.
 */
public final class ExrWriter {
    static final int MAGIC = 20000630;
    static final int VERSION = 2;
    static final int FLAG_LONG_NAMES = 0x400;
    static final int FLAG_MULTIPART = 0x1000;
    /** zlib level: OpenEXR's own default; higher levels cost much time for little size on image data. */
    private static final int ZIP_LEVEL = 4;
    /** Blocks encoded at once: bounds the memory held for one part's compressed blocks. */
    private static final int BATCH = 256;

    private ExrWriter() {
    }

    /**
     * @param multipart a multi-part file (needed for more than one part); a single part may be either
     */
    public static void write(Path file, List<ExrPart> parts, boolean multipart, ExrPrecision precision,
                             ExrCompression compression, ProgressListener progress) throws IOException {
        if (parts.isEmpty() || parts.size() > 1 && !multipart) {
            throw new IllegalArgumentException(parts.size() + " parts need a multi-part file");
        }
        boolean longNames = false;
        Set<String> names = new HashSet<>();
        for (ExrPart part : parts) {
            if (multipart && !names.add(part.name())) {
                throw new IllegalArgumentException("two parts named '" + part.name() + "'");
            }
            for (String channel : part.channels()) {
                int length = ExrNames.bytes(channel).length;
                if (length == 0 || length > ExrNames.LIMIT) {
                    throw new IllegalArgumentException("channel name '" + channel + "' must have 1 to 255 bytes");
                }
                longNames |= length > ExrNames.SHORT_LIMIT;
            }
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteBuffer preamble = little(8).putInt(MAGIC)
                .putInt(VERSION | (multipart ? FLAG_MULTIPART : 0) | (longNames ? FLAG_LONG_NAMES : 0));
        head.write(preamble.array());
        long chunks = 0;
        for (ExrPart part : parts) {
            head.write(header(part, multipart, precision, compression));
            chunks += blocks(part, compression);
        }
        if (multipart) {
            head.write(0); // an empty header ends the list
        }
        long[] offsets = new long[(int) chunks];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(head.toByteArray()));
            long tablePosition = out.position();
            out.position(tablePosition + 8 * chunks);
            int chunk = 0;
            for (int p = 0; p < parts.size(); p++) {
                ExrPart part = parts.get(p);
                int blocks = blocks(part, compression);
                for (int first = 0; first < blocks; first += BATCH) {
                    progress.checkCancelled();
                    int from = first;
                    int to = Math.min(blocks, first + BATCH);
                    byte[][] encoded = new byte[to - from][];
                    IntStream.range(from, to).parallel().forEach(b ->
                            encoded[b - from] = encode(part, b, precision, compression));
                    for (int b = from; b < to; b++) {
                        offsets[chunk++] = out.position();
                        ByteBuffer prefix = little(multipart ? 12 : 8);
                        if (multipart) {
                            prefix.putInt(p);
                        }
                        prefix.putInt(part.dataWindow().y() + b * compression.linesPerBlock())
                                .putInt(encoded[b - from].length).flip();
                        writeFully(out, prefix);
                        writeFully(out, ByteBuffer.wrap(encoded[b - from]));
                    }
                    progress.progress((p + to / (double) blocks) / parts.size(), "Wrote OpenEXR blocks");
                }
            }
            ByteBuffer table = little(8 * offsets.length);
            for (long offset : offsets) {
                table.putLong(offset);
            }
            table.flip();
            out.position(tablePosition);
            writeFully(out, table);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    static int blocks(ExrPart part, ExrCompression compression) {
        return (part.dataWindow().height() + compression.linesPerBlock() - 1) / compression.linesPerBlock();
    }

    private static byte[] header(ExrPart part, boolean multipart, ExrPrecision precision,
                                 ExrCompression compression) {
        HeaderBytes h = new HeaderBytes();
        int[] order = part.storedOrder();
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        for (int c : order) {
            list.writeBytes(ExrNames.bytes(part.channels().get(c)));
            list.write(0);
            // pixel type, pLinear (0) and three reserved bytes, x and y sampling (1)
            list.writeBytes(little(16).putInt(precision.code()).putInt(0).putInt(1).putInt(1).array());
        }
        list.write(0);
        h.add("channels", "chlist", list.toByteArray());
        h.add("compression", "compression", new byte[] {(byte) compression.code()});
        Box d = part.dataWindow();
        h.add("dataWindow", "box2i", little(16).putInt(d.x()).putInt(d.y()).putInt(d.x() + d.width() - 1)
                .putInt(d.y() + d.height() - 1).array());
        h.add("displayWindow", "box2i", little(16).putInt(0).putInt(0).putInt(part.displayWidth() - 1)
                .putInt(part.displayHeight() - 1).array());
        h.add("lineOrder", "lineOrder", new byte[] {0}); // INCREASING_Y
        h.add("pixelAspectRatio", "float", little(4).putFloat(1).array());
        h.add("screenWindowCenter", "v2f", little(8).putFloat(0).putFloat(0).array());
        h.add("screenWindowWidth", "float", little(4).putFloat(1).array());
        if (multipart) {
            h.add("name", "string", ExrNames.bytes(part.name()));
            h.add("type", "string", ExrNames.bytes("scanlineimage"));
            h.add("chunkCount", "int", little(4).putInt(blocks(part, compression)).array());
        }
        for (Map.Entry<String, ExrAttribute> a : part.attributes().entrySet()) {
            h.add(a.getKey(), a.getValue().type(), a.getValue().value());
        }
        h.bytes.write(0);
        return h.bytes.toByteArray();
    }

    private static final class HeaderBytes {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Set<String> names = new HashSet<>();

        void add(String name, String type, byte[] value) {
            if (!names.add(name)) {
                throw new IllegalArgumentException("attribute '" + name + "' given twice");
            }
            bytes.writeBytes(ExrNames.bytes(name));
            bytes.write(0);
            bytes.writeBytes(ExrNames.bytes(type));
            bytes.write(0);
            bytes.writeBytes(little(4).putInt(value.length).array());
            bytes.writeBytes(value);
        }
    }

    /** One block's stored bytes: scanline after scanline, each channel's samples in turn, little-endian. */
    static byte[] encode(ExrPart part, int block, ExrPrecision precision, ExrCompression compression) {
        Box d = part.dataWindow();
        int y0 = d.y() + block * compression.linesPerBlock();
        int lines = Math.min(compression.linesPerBlock(), d.y() + d.height() - y0);
        int[] order = part.storedOrder();
        ByteBuffer raw = little(lines * order.length * d.width() * precision.bytes());
        float[] row = new float[d.width()];
        for (int y = y0; y < y0 + lines; y++) {
            for (int c : order) {
                part.pixels().row(c, y, row);
                if (precision == ExrPrecision.HALF) {
                    for (float v : row) {
                        raw.putShort(Half.fromFloat(v));
                    }
                } else {
                    for (float v : row) {
                        raw.putFloat(v);
                    }
                }
            }
        }
        return compression == ExrCompression.ZIP ? zip(raw.array()) : raw.array();
    }

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(ZIP_LEVEL));

    /**
     * OpenEXR's ZIP: bytes split into even and odd positions (first half, second half), each byte replaced by its
     * difference to the one before plus 128, then zlib. Kept raw when that is not smaller.
     */
    static byte[] zip(byte[] raw) {
        int n = raw.length;
        byte[] t = new byte[n];
        int half = (n + 1) / 2;
        for (int i = 0, a = 0, b = half; i < n; i++) {
            if ((i & 1) == 0) {
                t[a++] = raw[i];
            } else {
                t[b++] = raw[i];
            }
        }
        int previous = t[0] & 0xff;
        for (int i = 1; i < n; i++) {
            int current = t[i] & 0xff;
            t[i] = (byte) (current - previous + 128);
            previous = current;
        }
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(t);
        deflater.finish();
        byte[] out = new byte[n];
        int size = 0;
        while (!deflater.finished() && size < n) {
            size += deflater.deflate(out, size, n - size);
        }
        if (!deflater.finished() || size >= n) {
            return raw;
        }
        return java.util.Arrays.copyOf(out, size);
    }

    static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
