package io.github.parallaxlayers.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complete images pass; every cut or damaged one is named with its problem. */
class ImageFileCheckTest {
    @TempDir
    Path temp;

    static BufferedImage picture() {
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 96; x++) {
                image.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | (x * y) % 256);
            }
        }
        return image;
    }

    private Path jpeg(String name, boolean progressive) throws IOException {
        Path file = temp.resolve(name);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture(), null, null), param);
        }
        writer.dispose();
        return file;
    }

    private Path cut(Path file, int keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(temp.resolve("cut-" + keep + "-" + file.getFileName()), Arrays.copyOf(bytes, keep));
    }

    @Test
    void completeImagesPass() throws IOException {
        Path png = temp.resolve("ok.png");
        ImageIO.write(picture(), "png", png.toFile());
        assertNull(ImageFileCheck.problem(png));
        assertNull(ImageFileCheck.problem(jpeg("baseline.jpg", false)));
        assertNull(ImageFileCheck.problem(jpeg("progressive.jpg", true)));
        // Bytes after the end-of-image marker (cameras append data there) do not matter.
        Path trailer = temp.resolve("trailer.jpg");
        byte[] bytes = Files.readAllBytes(jpeg("t.jpg", false));
        Files.write(trailer, concat(bytes, "trailing camera data".getBytes()));
        assertNull(ImageFileCheck.problem(trailer));
    }

    @Test
    void everyImageOfTheSharedDataSetsPasses() throws IOException {
        Path shared = Path.of(System.getProperty("parallax.shared", "../shared"), "data");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no shared data at " + shared);
        List<Path> images;
        try (Stream<Path> files = Files.walk(shared)) {
            images = files.filter(p -> p.toString().toLowerCase().matches(".*\\.(png|jpe?g)")).toList();
        }
        assertTrue(images.size() > 10, "images found: " + images.size());
        for (Path image : images) {
            assertNull(ImageFileCheck.problem(image), image.toString());
        }
    }

    @Test
    void cutAndDamagedFilesAreNamed() throws IOException {
        Path png = temp.resolve("ok.png");
        ImageIO.write(picture(), "png", png.toFile());
        int size = (int) Files.size(png);
        for (int keep : new int[] {9, 20, size / 2, size - 1}) {
            String problem = ImageFileCheck.problem(cut(png, keep));
            assertNotNull(problem, "cut at " + keep);
            assertTrue(problem.contains("truncated PNG"), problem);
        }
        byte[] flipped = Files.readAllBytes(png);
        flipped[size / 2] ^= 0x10;
        String problem = ImageFileCheck.problem(Files.write(temp.resolve("flipped.png"), flipped));
        assertTrue(problem != null && problem.contains("checksum"), problem);

        for (boolean progressive : new boolean[] {false, true}) {
            Path jpg = jpeg(progressive ? "p.jpg" : "b.jpg", progressive);
            int jsize = (int) Files.size(jpg);
            for (int keep : new int[] {3, 30, jsize / 2, jsize - 2}) {
                problem = ImageFileCheck.problem(cut(jpg, keep));
                assertTrue(problem != null && problem.contains("truncated JPEG"), keep + ": " + problem);
            }
            byte[] garbage = Files.readAllBytes(jpg);
            for (int i = 20; i < 400; i++) {
                garbage[i] = (byte) (i * 31 + 7);
            }
            problem = ImageFileCheck.problem(Files.write(temp.resolve("garbage.jpg"), garbage));
            assertTrue(problem != null && problem.contains("corrupt JPEG"), problem);
        }

        Path text = Files.writeString(temp.resolve("notes.png"), "hello, this is text\n");
        assertEquals(text + " is a text file, not an image, though its name ends in .png: give the image file itself.",
                ImageFileCheck.problem(text));
        assertTrue(ImageFileCheck.problem(Files.write(temp.resolve("empty.jpg"), new byte[0])).contains("empty (0 bytes)"));
        assertTrue(ImageFileCheck.problem(temp.resolve("missing.png")).contains("does not exist"));
        // Not images: other readers judge them.
        assertNull(ImageFileCheck.problem(Files.writeString(temp.resolve("macro.ijm"), "print('x');")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
