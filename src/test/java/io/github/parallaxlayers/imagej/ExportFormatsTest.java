package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenRaster and TIFF exports, read back by independent means (zip + XML parser; ImageJ's TIFF opener). */
class ExportFormatsTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static final String LAYERS = MacroChainTest.squarePlate("plate")
            + "newImage('masks', '8-bit black', 200, 150, 2); setSlice(1); setMetadata('Label', 'square <1>');"
            + "setColor(255); fillRect(60, 40, 60, 60); setSlice(2); setMetadata('Label', 'bar');"
            + "fillRect(0, 60, 200, 20);"
            + "run('Build Layer Stack', 'plate=plate masks=masks background=sky');";

    @Test
    void openRasterAndTiffCarryTheSameLayers() throws Exception {
        Path out = temp.resolve("all");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(LAYERS
                + "run('Export Layer Stack', 'folder=[" + out + "] format=all');");
        assertNull(run.error(), run.output());
        LayerStack stack = LayerImages.fromImage(image("plate-layers"));

        try (ZipFile zip = new ZipFile(out.resolve("layers.ora").toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("image/openraster", new String(zip.getInputStream(first).readAllBytes()));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(zip.getInputStream(zip.getEntry("stack.xml")));
            Element root = xml.getDocumentElement();
            assertEquals("200", root.getAttribute("w"));
            assertEquals("150", root.getAttribute("h"));
            NodeList layers = xml.getElementsByTagName("layer");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < layers.getLength(); i++) {
                Element layer = (Element) layers.item(i);
                names.add(layer.getAttribute("name"));
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                        zip.getInputStream(zip.getEntry(layer.getAttribute("src"))).readAllBytes()));
                assertArrayEquals(stack.layers().get(i).argb(), png.getRGB(0, 0, 200, 150, null, 0, 200),
                        "layer " + i + " pixels");
            }
            assertEquals(List.of("square <1>", "bar", "sky"), names, "first = top = front");
            BufferedImage merged = ImageIO.read(zip.getInputStream(zip.getEntry("mergedimage.png")));
            assertEquals(0xff000000 | MacroChainTest.RED, merged.getRGB(90, 50), "the front square on top");
            assertEquals(0xff000000 | MacroChainTest.BLUE, merged.getRGB(5, 5));
            BufferedImage thumb = ImageIO.read(zip.getInputStream(zip.getEntry("Thumbnails/thumbnail.png")));
            assertTrue(thumb.getWidth() <= 256 && thumb.getHeight() <= 256);
        }

        ImagePlus tiff = IJ.openImage(out.resolve("layers.tif").toString());
        assertEquals(4, tiff.getNChannels());
        assertEquals(3, tiff.getNSlices());
        assertEquals("bar", tiff.getStack().getSliceLabel(5));
        LayerStack fromTiff = LayerImagesTestAccess.layersOf(tiff);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(stack.layers().get(i).argb(), fromTiff.layers().get(i).argb());
        }
    }

    @Test
    void pngOnlyWritesNoOtherFormat() {
        Path out = temp.resolve("png");
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(LAYERS + "run('Export Layer Stack', 'folder=[" + out + "]');");
        assertNull(run.error(), run.output());
        assertFalse(Files.exists(out.resolve("layers.ora")));
        assertFalse(Files.exists(out.resolve("layers.tif")));
        assertTrue(Files.exists(out.resolve("layers.json")));
    }

    @Test
    void sameStackGivesTheSameOraBytes() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : List.of("a", "b")) {
            Path out = temp.resolve(name);
            ImageJTestSupport.Run run = ImageJTestSupport.runMacro(LAYERS
                    + "run('Export Layer Stack', 'folder=[" + out + "] format=ora');");
            assertNull(run.error(), run.output());
            files.put(name, Files.readAllBytes(out.resolve("layers.ora")));
            ImageJTestSupport.closeAll();
        }
        assertArrayEquals(files.get("a"), files.get("b"));
    }
}
