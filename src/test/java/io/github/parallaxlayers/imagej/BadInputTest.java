package io.github.parallaxlayers.imagej;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.parallaxlayers.imagej.MacroChainTest.squarePlate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.github.parallaxlayers.headless.StackTraceCatcher;

/**
 * Every kind of bad input named by the foundation issue gets one clear message through the real macro
 * interpreter, aborts the macro, prints no stack trace, and leaves the source image as it was.
 */
class BadInputTest {

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static String fails(String macro) {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(macro);
        assertNotNull(run.error(), "the macro should have been aborted; output: " + run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
        assertFalse(run.output().contains("Exception"), "no exception names: " + run.output());
        return run.error();
    }

    @Test
    void imageJCommandThatNeedsADialogStopsTheMacroWithOneLine() {
        String error = fails("newImage('x', '16-bit black', 8, 8, 3); run('Make Composite'); print('went on');");
        assertTrue(error.contains("'Make Composite'") && error.contains("dialog"), error);
        ImageJTestSupport.closeAll();
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("print('before'); newImage('x', '16-bit black', 8, 8, 3);"
                + "run('Make Composite'); print('went on');");
        assertTrue(run.output().contains("before") && !run.output().contains("went on"), run.output());
    }

    @Test
    void stackTracesAreRecognisedByTheirShape() {
        assertTrue(StackTraceCatcher.isStackTrace("java.awt.HeadlessException\n\tat java.desktop/x.y(Z.java:1)"));
        assertTrue(StackTraceCatcher.isStackTrace("java.lang.IllegalStateException: bad\r\n  at ij.IJ.run(IJ.java:3)"));
        assertFalse(StackTraceCatcher.isStackTrace("Point Mask: layer 'a' on 'b'"));
        assertFalse(StackTraceCatcher.isStackTrace("java.lang.IllegalStateException: alone"));
    }

    @Test
    void macroSyntaxErrorIsOneLine() {
        String error = fails("print('unclosed';");
        assertTrue(error.contains("line 1"), error);
    }

    @Test
    void unknownCommandIsOneLine() {
        String error = fails("run('No Such Command');");
        assertTrue(error.contains("Unrecognized command"), error);
    }

    @Test
    void noImageOpen() {
        String error = fails("run('Point Mask', 'points=[5,5]');");
        assertTrue(error.contains("No image is open"), error);
    }

    @Test
    void wrongImageTypeExplainsTheAcceptedTypes() throws Exception {
        byte[] red = new byte[256];
        byte[] green = new byte[256];
        byte[] blue = new byte[256];
        for (int i = 0; i < 256; i++) {
            red[i] = (byte) i;
            green[i] = (byte) (255 - i);
            blue[i] = (byte) (i * 7);
        }
        java.awt.image.BufferedImage indexed = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_BYTE_INDEXED, new java.awt.image.IndexColorModel(8, 256, red, green, blue));
        Path file = temp.resolve("indexed.png");
        javax.imageio.ImageIO.write(indexed, "png", file.toFile());
        String error = fails("open('" + file + "'); print(bitDepth()); run('Point Mask', 'points=[5,5]');");
        assertTrue(error.contains("RGB colour, 16-bit colour (a 16-bit image with 3 channels: red, green, blue), or "
                + "8-, 16- or 32-bit grey"), error);
    }

    @Test
    void pointOutsideTheImageIsNamed() {
        String error = fails(squarePlate("plate") + "run('Point Mask', 'points=[90,70;250,20]');");
        assertTrue(error.contains("(250,20)") && error.contains("200x150"), error);
    }

    @Test
    void malformedPointsShowTheExpectedForm() {
        String error = fails(squarePlate("plate") + "run('Point Mask', 'points=[90;70]');");
        assertTrue(error.contains("x,y pairs"), error);
    }

    @Test
    void noPointsAtAll() {
        String error = fails(squarePlate("plate") + "run('Point Mask', 'layer=x');");
        assertTrue(error.contains("No points"), error);
    }

    @Test
    void unknownOptionValueListsTheValidOnes() {
        String error = fails(squarePlate("plate") + "run('Point Mask', 'points=[90,70] backend=deeplab');");
        assertTrue(error.contains("'deeplab'") && error.contains("classic"), error);
    }

    @Test
    void unknownOptionKeyListsTheValidKeys() {
        String error = fails(squarePlate("plate") + "run('Refine Mask', 'fill_hole');");
        assertTrue(error.contains("unknown option 'fill_hole'") && error.contains("fill_holes"), error);
    }

    @Test
    void numberOutOfRange() {
        String error = fails(squarePlate("plate") + "run('Fill Masked Area', 'mask=plate dilate=-3');");
        assertTrue(error.contains("dilate=-3"), error);
    }

    @Test
    void maskAndPlateOfDifferentSizes() {
        String error = fails(squarePlate("plate") + "newImage('small', '8-bit white', 50, 50, 1);"
                + "selectImage('plate'); run('Fill Masked Area', 'mask=small');");
        assertTrue(error.contains("50x50") && error.contains("200x150"), error);
    }

    @Test
    void emptyMaskStackCannotBuildLayers() {
        String error = fails(squarePlate("plate") + "newImage('masks', '8-bit black', 200, 150, 2);"
                + "run('Build Layer Stack', 'plate=plate masks=masks');");
        assertTrue(error.contains("empty"), error);
    }

    @Test
    void emptyFillMaskReturnsTheUnchangedPlateWithANote() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(squarePlate("plate")
                + "newImage('nothing', '8-bit black', 200, 150, 1);"
                + "run('Fill Masked Area', 'plate=plate mask=nothing');");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("is empty"), run.output());
        int[] plate = (int[]) ImageJTestSupport.image("plate").getProcessor().getPixels();
        int[] filled = (int[]) ImageJTestSupport.image("plate-filled").getProcessor().getPixels();
        assertEquals(plate.length, filled.length);
        for (int i = 0; i < plate.length; i++) {
            assertEquals(plate[i] & 0xffffff, filled[i] & 0xffffff);
        }
    }

    @Test
    void greyMaskIsThresholdedWithANote() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("newImage('soft', '8-bit black', 20, 20, 1);"
                + "setPixel(5, 5, 100); setPixel(6, 5, 200); run('Refine Mask', '');");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("thresholded at 128"), run.output());
        byte[] refined = (byte[]) ImageJTestSupport.image("soft-refined").getProcessor().getPixels();
        assertEquals(0, refined[5 * 20 + 5]);
        assertEquals((byte) 255, refined[5 * 20 + 6]);
    }

    @Test
    void thirtyTwoBitMaskWithOtherValuesIsRefused() {
        String error = fails("newImage('f', '32-bit black', 20, 20, 1); setPixel(3, 3, 0.5);"
                + "run('Refine Mask', 'fill_holes');");
        assertTrue(error.contains("0 and 1 or 0 and 255"), error);
    }

    @Test
    void unwritableOutputFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        String error = fails(squarePlate("plate") + "newImage('m', '8-bit black', 200, 150, 1);"
                + "setColor(255); fillRect(10, 10, 20, 20);"
                + "run('Build Layer Stack', 'plate=plate masks=m');"
                + "run('Export Layer Stack', 'folder=[" + file.resolve("out") + "]');");
        assertTrue(error.contains("Cannot write into the folder"), error);
    }

    @Test
    void existingExportFolderIsNotOverwrittenWithoutAsking() throws Exception {
        Path out = Files.createDirectories(temp.resolve("existing"));
        Files.writeString(out.resolve("keep.txt"), "precious");
        String build = squarePlate("plate") + "newImage('m', '8-bit black', 200, 150, 1);"
                + "setColor(255); fillRect(10, 10, 20, 20);"
                + "run('Build Layer Stack', 'plate=plate masks=m');";
        String error = fails(build + "run('Export Layer Stack', 'folder=[" + out + "]');");
        assertTrue(error.contains("already exists") && error.contains("overwrite"), error);
        assertEquals("precious", Files.readString(out.resolve("keep.txt")));
        ImageJTestSupport.closeAll();

        error = fails(build + "run('Export Layer Stack', 'folder=[" + out + "] overwrite');");
        assertTrue(error.contains("not an earlier Parallax Layers export") && error.contains("keep.txt"), error);
        assertEquals("precious", Files.readString(out.resolve("keep.txt")), "overwrite never deletes the user's files");
        assertFalse(Files.exists(out.resolve("layers.json")));
        try (var siblings = Files.list(temp)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".")).count(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void overwriteRefusesTheFolderOfTheOpenPlate() throws Exception {
        // Issue 20: 'Export Layer Stack folder=[work] overwrite' deleted work/plate.png, the open plate.
        Path work = Files.createDirectories(temp.resolve("work"));
        Path plate = work.resolve("plate.png");
        ImageJTestSupport.ok(squarePlate("p") + "saveAs('PNG', '" + plate + "'); close();");
        byte[] before = Files.readAllBytes(plate);
        String error = fails("open('" + plate + "'); newImage('m', '8-bit black', 200, 150, 1);"
                + "setColor(255); fillRect(10, 10, 20, 20);"
                + "run('Build Layer Stack', 'plate=plate.png masks=m');"
                + "run('Export Layer Stack', 'folder=[" + work + "] overwrite');");
        assertTrue(error.contains(plate.toString()) && error.contains("open in ImageJ"), error);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plate)), "the plate is untouched");
        try (var left = Files.list(work)) {
            assertEquals(List.of(plate), left.toList(), "nothing else was written");
        }
    }

    @Test
    void sourceIsNotModifiedByRefine() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("newImage('m', '8-bit black', 30, 30, 1);"
                + "setColor(255); fillRect(5, 5, 10, 10);"
                + "setPixel(8, 8, 0); run('Refine Mask', 'fill_holes grow=3');");
        assertNull(run.error(), run.output());
        byte[] source = (byte[]) ImageJTestSupport.image("m").getProcessor().getPixels();
        assertEquals(0, source[8 * 30 + 8], "the hole is still in the source");
        byte[] refined = (byte[]) ImageJTestSupport.image("m-refined").getProcessor().getPixels();
        assertEquals((byte) 255, refined[8 * 30 + 8]);
    }
}
