package io.github.parallaxlayers.export;

import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A layered Photoshop file (Adobe Photoshop File Formats Specification, "Layer and Mask Information Section"):
 * 8-bit RGB, document size = plate, one pixel layer per layer cropped to its bounds, with a transparency channel,
 * the layer's name (Pascal and Unicode 'luni'), PackBits-compressed channels, and the flattened image with alpha.
 * PSD stores layers bottom first, so the back layer is written first.
 */
public final class PsdWriter {
    public static final String FILE = "layers.psd";
    private static final short[] CHANNEL_IDS = {-1, 0, 1, 2}; // transparency, red, green, blue

    private PsdWriter() {
    }

    static void write(LayerStack stack, int[] merged, Path file) throws IOException {
        List<Layer> layers = LayerStackExporter.nonEmpty(stack);
        int w = stack.width();
        int h = stack.height();
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeBytes("8BPS");
            out.writeShort(1);
            out.write(new byte[6]);
            out.writeShort(4); // merged image: R, G, B, alpha
            out.writeInt(h);
            out.writeInt(w);
            out.writeShort(8);
            out.writeShort(3); // RGB
            out.writeInt(0); // colour mode data
            out.writeInt(0); // image resources

            ByteArrayOutputStream info = new ByteArrayOutputStream();
            DataOutputStream records = new DataOutputStream(info);
            records.writeShort(-layers.size()); // negative: the merged image's first alpha channel is its transparency
            byte[][][] channelData = new byte[layers.size()][4][];
            // Compressing the channels is the cost and they are independent: both cores pack.
            java.util.stream.IntStream.range(0, layers.size() * 4).parallel().forEach(task -> {
                Layer layer = layers.get(layers.size() - 1 - task / 4); // bottom first
                channelData[task / 4][task % 4] = packChannel(layer.argb(), w, layer.bounds(), task % 4);
            });
            for (int k = 0; k < layers.size(); k++) {
                Layer layer = layers.get(layers.size() - 1 - k);
                Box b = layer.bounds();
                records.writeInt(b.y());
                records.writeInt(b.x());
                records.writeInt(b.y() + b.height());
                records.writeInt(b.x() + b.width());
                records.writeShort(4);
                for (int c = 0; c < 4; c++) {
                    records.writeShort(CHANNEL_IDS[c]);
                    records.writeInt(channelData[k][c].length + 2);
                }
                records.writeBytes("8BIM");
                records.writeBytes("norm");
                records.writeByte(255); // opacity
                records.writeByte(0); // clipping: base
                records.writeByte(0); // flags: visible
                records.writeByte(0);
                byte[] extra = extraData(layer.name());
                records.writeInt(extra.length);
                records.write(extra);
            }
            for (byte[][] layerChannels : channelData) {
                for (byte[] channel : layerChannels) {
                    records.writeShort(1); // PackBits
                    records.write(channel);
                }
            }
            records.flush();
            if (info.size() % 2 != 0) {
                info.write(0);
            }
            out.writeInt(info.size() + 4 + 4); // layer info + its length field + global mask length field
            out.writeInt(info.size());
            info.writeTo(out);
            out.writeInt(0); // global layer mask info

            Box all = new Box(0, 0, w, h);
            out.writeShort(1); // PackBits, all channels' row counts first, then the rows
            byte[][] packed = new byte[4][];
            int[] order = {1, 2, 3, 0}; // merged image channels: R, G, B, then alpha
            java.util.stream.IntStream.range(0, 4).parallel()
                    .forEach(c -> packed[c] = packChannel(merged, w, all, order[c]));
            for (byte[] channel : packed) {
                out.write(channel, 0, 2 * h);
            }
            for (byte[] channel : packed) {
                out.write(channel, 2 * h, channel.length - 2 * h);
            }
        }
    }

    /** Layer mask data (none), blending ranges (none), Pascal name padded to 4, and a Unicode name block. */
    private static byte[] extraData(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0);
        out.writeInt(0);
        byte[] ascii = name.replaceAll("[^\\x20-\\x7e]", "_").getBytes(StandardCharsets.US_ASCII);
        int length = Math.min(255, ascii.length);
        out.writeByte(length);
        out.write(ascii, 0, length);
        int padded = (length + 1 + 3) / 4 * 4;
        out.write(new byte[padded - length - 1]);
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16BE);
        out.writeBytes("8BIM");
        out.writeBytes("luni");
        int blockLength = 4 + utf16.length;
        int blockPadded = (blockLength + 3) / 4 * 4;
        out.writeInt(blockPadded);
        out.writeInt(name.length());
        out.write(utf16);
        out.write(new byte[blockPadded - blockLength]);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * One channel of the box, PackBits-compressed row by row: the rows' byte counts (2 bytes each) followed by
     * the rows. {@code channel} 0 = alpha, 1 = red, 2 = green, 3 = blue of packed ARGB.
     */
    static byte[] packChannel(int[] argb, int stride, Box box, int channel) {
        int shift = channel == 0 ? 24 : 24 - 8 * channel;
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        byte[] counts = new byte[2 * box.height()];
        byte[] line = new byte[box.width()];
        for (int y = 0; y < box.height(); y++) {
            int row = (box.y() + y) * stride + box.x();
            for (int x = 0; x < box.width(); x++) {
                line[x] = (byte) (argb[row + x] >>> shift);
            }
            int before = rows.size();
            packBits(line, rows);
            int n = rows.size() - before;
            counts[2 * y] = (byte) (n >> 8);
            counts[2 * y + 1] = (byte) n;
        }
        byte[] packed = rows.toByteArray();
        byte[] out = new byte[counts.length + packed.length];
        System.arraycopy(counts, 0, out, 0, counts.length);
        System.arraycopy(packed, 0, out, counts.length, packed.length);
        return out;
    }

    /** PackBits (Apple TN1023): runs of 2–128 equal bytes as (1 − n, byte); literals as (n − 1, bytes). */
    static void packBits(byte[] data, ByteArrayOutputStream out) {
        int i = 0;
        int n = data.length;
        while (i < n) {
            int run = 1;
            while (i + run < n && run < 128 && data[i + run] == data[i]) {
                run++;
            }
            if (run >= 2) {
                out.write(1 - run);
                out.write(data[i]);
                i += run;
                continue;
            }
            int start = i;
            int literal = 0;
            while (i < n && literal < 128 && !(i + 1 < n && data[i + 1] == data[i])) {
                i++;
                literal++;
            }
            if (literal == 0) {
                continue;
            }
            out.write(literal - 1);
            out.write(data, start, literal);
        }
    }
}
