package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetTest {

    static void write(BufferedImage image, String format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, format, file.toFile()), "no " + format + " writer");
    }

    static BufferedImage grey(int w, int h, int... values) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSamples(0, 0, w, h, 0, values);
        return image;
    }

    static BufferedImage rgb(int w, int h, int colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, colour + x);
            }
        }
        return image;
    }

    @Test
    void grabcutMasksGiveObjectAndIgnoreBand() throws IOException {
        Path root = Files.createTempDirectory("grabcut");
        write(rgb(3, 2, 0x102030), "png", root.resolve("data_GT/a.png"));
        write(grey(3, 2, 0, 128, 255, 200, 127, 129), "bmp", root.resolve("boundary_GT/a.bmp"));
        Dataset d = Dataset.open(root, DatasetLayout.GRABCUT);
        Sample s = d.load(d.pairs().get(0));
        assertEquals("a", s.name());
        assertEquals(PixelType.RGB, s.plate().type());
        assertEquals(0x102031, ((int[]) s.plate().pixels())[1]);
        assertEquals(Mask.wrap(3, 2, bytes(0, 0, 255, 255, 0, 255)), s.truth());
        assertEquals(Mask.wrap(3, 2, bytes(0, 255, 0, 0, 0, 0)), s.ignore());
    }

    @Test
    void davisMasksAreReadByPaletteIndexNotColour(@TempDir Path root) throws IOException {
        // index 0 is a dark grey and index 1 is black: only the index says which pixels are object
        byte[] r = {30, 0, (byte) 128};
        byte[] g = {30, 0, 0};
        byte[] b = {30, 0, 0};
        BufferedImage palette = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 3, r, g, b));
        palette.getRaster().setSamples(0, 0, 4, 1, 0, new int[]{0, 1, 2, 0});
        write(rgb(4, 1, 0x808080), "jpg", root.resolve("img/bear.jpg"));
        write(palette, "png", root.resolve("gt/bear.png"));
        Dataset d = Dataset.open(root, DatasetLayout.DAVIS);
        Sample s = d.load(d.pairs().get(0));
        assertEquals(Mask.wrap(4, 1, bytes(0, 255, 255, 0)), s.truth());
        assertNull(s.ignore());
    }

    @Test
    void berkeleyObjectIsAbove128AndPairsAtLeast128(@TempDir Path root) throws IOException {
        write(grey(4, 1, 1, 2, 3, 4), "png", root.resolve("images/x.png"));
        write(grey(4, 1, 0, 128, 129, 255), "png", root.resolve("masks/x.png"));
        Sample berkeley = Dataset.open(root, DatasetLayout.BERKELEY).load(
                Dataset.open(root, DatasetLayout.BERKELEY).pairs().get(0));
        assertEquals(Mask.wrap(4, 1, bytes(0, 0, 255, 255)), berkeley.truth());
        assertEquals(PixelType.GRAY8, berkeley.plate().type());
        Dataset pairs = Dataset.open(root, DatasetLayout.PAIRS);
        assertEquals(Mask.wrap(4, 1, bytes(0, 255, 255, 255)), pairs.load(pairs.pairs().get(0)).truth());
    }

    @Test
    void imagesWithoutMasksAreListed(@TempDir Path root) throws IOException {
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("images/a.png"));
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("images/b.JPG.png"));
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("images/c.png"));
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("masks/a.png"));
        var e = assertThrows(InvalidInputException.class, () -> Dataset.open(root, DatasetLayout.PAIRS));
        assertEquals("2 image(s) in " + root.resolve("images") + " have no mask of the same name in "
                + root.resolve("masks") + ": b.JPG.png, c.png. Add the masks or remove the images.", e.getMessage());
    }

    @Test
    void sizeMismatchesAreListed(@TempDir Path root) throws IOException {
        write(grey(2, 3, 0, 0, 0, 0, 0, 0), "png", root.resolve("images/a.png"));
        write(grey(3, 2, 0, 0, 0, 0, 0, 0), "bmp", root.resolve("masks/a.bmp"));
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("images/b.png"));
        write(grey(2, 2, 0, 0, 0, 0), "png", root.resolve("masks/b.png"));
        var e = assertThrows(InvalidInputException.class, () -> Dataset.open(root, DatasetLayout.PAIRS));
        assertEquals("1 image/mask pair(s) in " + root + " differ in size: a.png 2x3 vs a.bmp 3x2. Each mask must "
                + "have the size of its image.", e.getMessage());
    }

    @Test
    void missingFolderAndUnknownLayoutAreExplained(@TempDir Path root) {
        var e = assertThrows(InvalidInputException.class, () -> Dataset.open(root, DatasetLayout.DAVIS));
        assertTrue(e.getMessage().contains(root.resolve("img") + " is not a folder"), e.getMessage());
        var layout = assertThrows(InvalidInputException.class,
                () -> Labeled.parse(DatasetLayout.class, "layout", "coco"));
        assertEquals("Unknown value 'coco' for layout=; valid values are: grabcut, berkeley, davis, pairs.",
                layout.getMessage());
    }

    @Test
    void realGrabCutSetReadsAllFiftyPairs() {
        Path grabcut = Path.of(System.getProperty("parallax.shared", "../shared"), "data", "grabcut");
        Assumptions.assumeTrue(Files.isDirectory(grabcut), "GrabCut set not found at " + grabcut);
        Dataset d = Dataset.open(grabcut, DatasetLayout.GRABCUT);
        assertEquals(50, d.size());
        Dataset few = d.limit(3);
        assertEquals(3, few.size());
        // object (255) and band (128) pixel counts read independently from the BMP files' palette indices
        int[][] expected = {{13720, 0}, {66259, 2503}, {38016, 2116}};
        for (int i = 0; i < 3; i++) {
            Dataset.Pair pair = few.pairs().get(i);
            Sample s = few.load(pair);
            assertEquals(expected[i][0], s.truth().count(), pair.name() + " object");
            assertEquals(expected[i][1], s.ignore().count(), pair.name() + " band");
            assertEquals(0, MaskMetrics.iou(s.truth(), s.ignore(), null), "object and band never overlap");
            // an oracle right from the first click scores IoU 1 at click 1, excluding the band
            ImageClickResult r = new ClickProtocol(5).run(s.name(),
                    new OracleSegmenter(p -> s.truth(), p -> 1), s.plate(), s.truth(), s.ignore(),
                    ProgressListener.NONE);
            assertEquals(1, r.clicksTo(0.9));
            assertTrue(s.truth().get(r.clicks().get(0).x(), r.clicks().get(0).y()));
        }
        assertEquals("106024", few.pairs().get(0).name());
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
