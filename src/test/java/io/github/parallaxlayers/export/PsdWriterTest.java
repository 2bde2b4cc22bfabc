package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PsdWriterTest {

    @TempDir
    Path temp;

    @Test
    void packBitsMatchesTheSpecificationExample() {
        // Apple TN1023's example: unpacked AA AA AA 80 00 2A AA AA AA AA 80 00 2A 22 AA AA AA AA AA AA AA AA AA AA
        byte[] data = hex("AAAAAA80002AAAAAAAAA80002A22AAAAAAAAAAAAAAAAAAAA");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PsdWriter.packBits(data, out);
        assertArrayEquals(unpack(out.toByteArray(), data.length), data);
        assertEquals("FEAA02 80002A FDAA 03 80002A22 F7AA".replace(" ", ""), toHex(out.toByteArray()));
    }

    @Test
    void packBitsRoundTripsRandomRows() {
        Random random = new Random(8);
        for (int trial = 0; trial < 200; trial++) {
            byte[] data = new byte[1 + random.nextInt(400)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 7);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PsdWriter.packBits(data, out);
            assertArrayEquals(data, unpack(out.toByteArray(), data.length));
        }
    }

    @Test
    void agPsdReadsTheLayersNamesBoundsAndPixels() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("ag-psd"), NodeTools.missing("ag-psd"));
        int w = 64;
        int h = 40;
        Random random = new Random(1);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(0x1000000);
        }
        Mask front = Mask.empty(w, h);
        for (int y = 5; y < 20; y++) {
            for (int x = 10; x < 30; x++) {
                front.set(x, y, true);
            }
        }
        LayerStack stack = LayerStackBuilder.build("plate.png", Plate.rgb(w, h, rgb),
                List.of(front, Mask.full(w, h)), List.of("Tür vorn", "back"), null);
        Path out = temp.resolve("psd");
        LayerStackExporter.export(stack, out, false, ExportFormat.PSD, null, ProgressListener.NONE);
        String json = NodeTools.run(List.of("node", "src/test/resources/node/read-psd.js",
                out.resolve(PsdWriter.FILE).toString()));
        JsonNode psd = new ObjectMapper().readTree(json);
        assertEquals(w, psd.get("width").asInt());
        assertEquals(h, psd.get("height").asInt());
        JsonNode layers = psd.get("layers");
        assertEquals(2, layers.size());
        assertEquals("back", layers.get(0).get("name").asText(), "PSD lists layers bottom first");
        JsonNode top = layers.get(1);
        assertEquals("Tür vorn", top.get("name").asText());
        assertEquals(List.of(5, 10, 20, 30), List.of(top.get("top").asInt(), top.get("left").asInt(),
                top.get("bottom").asInt(), top.get("right").asInt()));
        assertArrayEquals(rgbaOf(stack.layers().get(0), new Box(10, 5, 20, 15), w),
                Base64.getDecoder().decode(top.get("rgba").asText()));
        assertArrayEquals(rgbaOf(stack.layers().get(1), new Box(0, 0, w, h), w),
                Base64.getDecoder().decode(layers.get(0).get("rgba").asText()));
        Layer merged = new Layer("merged", OraWriter.composite(stack, stack.layers()), null, 0);
        assertArrayEquals(rgbaOf(merged, new Box(0, 0, w, h), w), Base64.getDecoder().decode(psd.get("merged").asText()),
                "the flattened image is the composite");
    }

    private static byte[] rgbaOf(Layer layer, Box box, int stride) {
        byte[] out = new byte[box.width() * box.height() * 4];
        int k = 0;
        for (int y = box.y(); y < box.y() + box.height(); y++) {
            for (int x = box.x(); x < box.x() + box.width(); x++) {
                int p = layer.argb()[y * stride + x];
                out[k++] = (byte) (p >> 16);
                out[k++] = (byte) (p >> 8);
                out[k++] = (byte) p;
                out[k++] = (byte) (p >>> 24);
            }
        }
        return out;
    }

    private static byte[] unpack(byte[] packed, int length) {
        byte[] out = new byte[length];
        int o = 0;
        for (int i = 0; i < packed.length; ) {
            int header = packed[i++];
            if (header >= 0) {
                for (int k = 0; k <= header; k++) {
                    out[o++] = packed[i++];
                }
            } else if (header != -128) {
                for (int k = 0; k < 1 - header; k++) {
                    out[o++] = packed[i];
                }
                i++;
            }
        }
        assertEquals(length, o);
        return out;
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    private static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X", b));
        }
        return sb.toString();
    }
}
