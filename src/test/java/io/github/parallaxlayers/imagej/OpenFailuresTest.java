package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.cli.ParallaxCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A headless macro's {@code open(path)} of a file that cannot be read stops the macro with one line naming the file
 * and why (issue 20: the macro went on and the next command said "No image is open"; a truncated JPEG was used
 * as a half-grey picture; a text file named .png ended as java.awt.HeadlessException).
 */
class OpenFailuresTest {
    @TempDir
    static Path temp;

    @BeforeAll
    static void files() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 77);
            }
        }
        ImageIO.write(image, "png", temp.resolve("good.png").toFile());
        ImageIO.write(image, "jpg", temp.resolve("good.jpg").toFile());
        byte[] png = Files.readAllBytes(temp.resolve("good.png"));
        byte[] jpg = Files.readAllBytes(temp.resolve("good.jpg"));
        Files.write(temp.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(temp.resolve("cut.jpg"), Arrays.copyOf(jpg, jpg.length * 3 / 4));
        byte[] garbage = jpg.clone();
        for (int i = 20; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        Files.write(temp.resolve("garbage.jpg"), garbage);
        Files.writeString(temp.resolve("text.png"), "hello, this is text\n");
        Files.write(temp.resolve("empty.png"), new byte[0]);
        Files.write(temp.resolve("broken.tif"), new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0});
    }

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing.png | does not exist",
            "cut.png     | is a truncated PNG",
            "cut.jpg     | is a truncated JPEG",
            "garbage.jpg | is a corrupt JPEG",
            "text.png    | is a text file, not an image",
            "empty.png   | is empty (0 bytes)",
            "broken.tif  | could not be read as an image"})
    void unreadableFileStopsTheMacroWithOneLine(String name, String why) {
        Path file = temp.resolve(name);
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("open('" + file + "'); print('went on');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().startsWith("open: " + file + " " + why), run.error());
        assertEquals(1, run.error().lines().count(), run.error());
        assertFalse(run.output().contains("went on"), run.output());
        assertFalse(run.output().contains("\tat ") || run.output().contains("Exception"), run.output());
        assertNull(ij.WindowManager.getCurrentImage(), "nothing is opened");
    }

    @Test
    void goodFilesOpenAsBefore() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("open('" + temp.resolve("good.png") + "');"
                + "print(getTitle() + ' ' + getWidth()); open('" + temp.resolve("good.jpg") + "');"
                + "print(getTitle() + ' ' + nImages);");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("good.png 64") && run.output().contains("good.jpg 2"), run.output());
    }

    @Test
    void runMacroExitsWithOneLineAndCodeOne() throws Exception {
        Path macro = Files.writeString(temp.resolve("m.ijm"), "open('" + temp.resolve("cut.jpg") + "');\n"
                + "run('Point Mask', 'points=[5,5]');\n");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            code = ParallaxCli.commandLine().execute("run-macro", macro.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String printed = captured.toString(StandardCharsets.UTF_8).trim();
        assertEquals(1, code, printed);
        assertEquals(1, printed.lines().count(), "printed once: " + printed);
        assertTrue(printed.contains("cut.jpg is a truncated JPEG"), printed);
    }

    @Test
    void imageSequenceOpensHeadlessWithItsOptions() throws Exception {
        Path sequence = Files.createDirectories(temp.resolve("sequence"));
        for (int i = 1; i <= 3; i++) {
            BufferedImage frame = new BufferedImage(16, 12, BufferedImage.TYPE_BYTE_GRAY);
            frame.getRaster().setSample(0, 0, 0, i * 10);
            ImageIO.write(frame, "png", sequence.resolve("f" + i + ".png").toFile());
        }
        // Was "ImageJ's command 'Image Sequence...' failed (java.lang.IndexOutOfBoundsException ...)" for any folder.
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Image Sequence...', 'dir=[" + sequence
                + "] start=2 count=2 sort'); print('slices ' + nSlices); setSlice(1); print('first ' + getPixel(0, 0));"
                + "close(); run('Image Sequence...', 'open=[" + sequence.resolve("f1.png") + "] number=1 sort');"
                + "print('legacy ' + nSlices + ' ' + getPixel(0, 0));");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("slices 2") && run.output().contains("first 20")
                && run.output().contains("legacy 1 10"), run.output());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "open=[TEMP/no-such-folder] | no-such-folder does not exist",
            "open=[TEMP/empty-folder]   | empty-folder holds no PNG, JPEG, TIFF, GIF or BMP files",
            "sort                       | give the folder with open=[folder]"})
    void imageSequenceOfAWrongFolderStopsTheMacroWithOneLine(String options, String why) throws Exception {
        Files.createDirectories(temp.resolve("empty-folder"));
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('Image Sequence...', '"
                + options.replace("TEMP", temp.toString()) + "'); print('went on');");
        assertNotNull(run.error(), run.output());
        assertTrue(run.error().startsWith("Image Sequence...: ") && run.error().contains(why), run.error());
        assertFalse(run.output().contains("went on") || run.output().contains("Exception"), run.output());
    }
}
