package io.github.parallaxlayers.export;

import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * OpenRaster (https://www.openraster.org/baseline/file-layout-spec.html): a zip whose first entry is
 * {@code mimetype} (stored, uncompressed, "image/openraster"), then {@code stack.xml} (first layer = top = front),
 * {@code data/*.png} layers at plate size, {@code Thumbnails/thumbnail.png} (at most 256 px) and
 * {@code mergedimage.png}. Zip entry times are fixed so the same stack gives the same bytes.
 */
public final class OraWriter {
    public static final String FILE = "layers.ora";
    private static final long FIXED_TIME = 315532800000L; // 1980-01-01, the zip format's earliest date

    private OraWriter() {
    }

    static void write(LayerStack stack, LayersManifest manifest, int[] merged, Path file) throws IOException {
        List<Layer> layers = LayerStackExporter.nonEmpty(stack);
        int w = stack.width();
        int h = stack.height();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            putStored(zip, "mimetype", "image/openraster".getBytes(StandardCharsets.US_ASCII));
            StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n");
            xml.append("<image version=\"0.0.5\" w=\"").append(w).append("\" h=\"").append(h).append("\">\n <stack>\n");
            for (int i = 0; i < layers.size(); i++) {
                LayersManifest.Entry entry = manifest.layers().get(i);
                String src = "data/" + entry.files().rgba();
                xml.append("  <layer name=\"").append(escape(layers.get(i).name())).append("\" src=\"").append(src)
                        .append("\" x=\"").append(entry.image().x()).append("\" y=\"").append(entry.image().y())
                        .append("\" opacity=\"1.000\" visibility=\"visible\" composite-op=\"svg:src-over\"/>\n");
            }
            xml.append(" </stack>\n</image>\n");
            put(zip, new ZipEntry("stack.xml"), xml.toString().getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < layers.size(); i++) {
                // the PNG folder's own file: already compressed, so stored, not deflated again
                String name = manifest.layers().get(i).files().rgba();
                putStored(zip, "data/" + name, Files.readAllBytes(file.resolveSibling(name)));
            }
            BufferedImage mergedImage = argbImage(merged, w, h);
            putStored(zip, "Thumbnails/thumbnail.png", png(thumbnail(mergedImage)));
            putStored(zip, "mergedimage.png", png(mergedImage));
        }
    }

    /** Back-to-front "over" of straight-alpha layers, on top of nothing (transparent). */
    static int[] composite(LayerStack stack, List<Layer> layers) {
        int n = stack.width() * stack.height();
        float[] r = new float[n];
        float[] g = new float[n];
        float[] b = new float[n];
        float[] a = new float[n];
        for (int l = layers.size() - 1; l >= 0; l--) {
            int[] argb = layers.get(l).argb();
            for (int i = 0; i < n; i++) {
                float alpha = (argb[i] >>> 24) / 255f;
                if (alpha == 0) {
                    continue;
                }
                float keep = 1 - alpha;
                r[i] = ((argb[i] >> 16) & 255) * alpha + r[i] * keep;
                g[i] = ((argb[i] >> 8) & 255) * alpha + g[i] * keep;
                b[i] = (argb[i] & 255) * alpha + b[i] * keep;
                a[i] = alpha + a[i] * keep;
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                out[i] = Math.round(a[i] * 255) << 24 | Math.round(r[i] / a[i]) << 16 | Math.round(g[i] / a[i]) << 8
                        | Math.round(b[i] / a[i]);
            }
        }
        return out;
    }

    private static BufferedImage argbImage(int[] argb, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        System.arraycopy(argb, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, argb.length);
        return image;
    }

    private static BufferedImage thumbnail(BufferedImage merged) {
        int w = merged.getWidth();
        int h = merged.getHeight();
        double scale = Math.min(1.0, 256.0 / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage thumb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(merged, 0, 0, tw, th, null);
        g.dispose();
        return thumb;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PngEncoder.write(image, bytes);
        return bytes.toByteArray();
    }

    private static void putStored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        put(zip, entry, data);
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] data) throws IOException {
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
