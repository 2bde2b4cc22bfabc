package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.WindowManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ImageJ's own commands in a headless macro run with the values the macro gives, not their defaults (issue 20:
 * {@code run("Set...", "value=200")} used to set 25). Every value below differs from the command's default, and
 * the resulting pixels or sizes are checked against what the given value must produce.
 */
class ImageJBuiltinCommandsTest {

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    /** Runs {@code macro} on a fresh 8-bit 10x10 image and returns the current image afterwards. */
    private static ImagePlus after(String setup, String macro) {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(setup + macro);
        assertNull(run.error(), run.output());
        ImagePlus image = WindowManager.getCurrentImage();
        assertTrue(image != null, "no current image after: " + macro);
        return image;
    }

    private static int pixel(ImagePlus image, int x, int y) {
        return image.getProcessor().get(x, y);
    }

    private static final String GREY = "newImage('a', '8-bit black', 10, 10, 1);";

    @Test
    void arithmeticUsesTheGivenValues() {
        // Defaults: Set/Add/Subtract 25, Multiply/Divide 1.25, Min/Max 0/255.
        assertEquals(200, pixel(after(GREY, "run('Set...', 'value=200');"), 1, 1));
        assertEquals(207, pixel(after(GREY, "run('Set...', 'value=200'); run('Add...', 'value=7');"), 1, 1));
        assertEquals(100, pixel(after(GREY, "run('Set...', 'value=200'); run('Subtract...', 'value=100');"), 1, 1));
        assertEquals(60, pixel(after(GREY, "run('Set...', 'value=20'); run('Multiply...', 'value=3');"), 1, 1));
        assertEquals(50, pixel(after(GREY, "run('Set...', 'value=200'); run('Divide...', 'value=4');"), 1, 1));
        assertEquals(90, pixel(after(GREY, "run('Set...', 'value=20'); run('Min...', 'value=90');"), 1, 1));
        assertEquals(40, pixel(after(GREY, "run('Set...', 'value=200'); run('Max...', 'value=40');"), 1, 1));
        assertEquals(41, pixel(after(GREY, "run('Set...', 'value=20'); run('Macro...', 'code=v=v*2+1');"), 1, 1));
        assertEquals(55, pixel(after(GREY, "run('Set...', 'value=200'); run('Invert');"), 1, 1));
    }

    @Test
    void gaussianBlurUsesTheGivenSigma() {
        // A unit impulse blurred with sigma s peaks at 1 / (2 pi s^2): 0.0398 for the default s = 2, 0.00637 for 5.
        ImagePlus image = after("newImage('g', '32-bit black', 61, 61, 1); setPixel(30, 30, 1);",
                "run('Gaussian Blur...', 'sigma=5');");
        float peak = image.getProcessor().getf(30, 30);
        assertEquals(1 / (2 * Math.PI * 25), peak, 0.0002, "peak " + peak);
    }

    @Test
    void medianUsesTheGivenRadius() {
        // A 3x3 white block survives a radius-1 median (a 3x3 kernel, all white at the centre) and is erased by
        // the default radius 2 (21 pixels, 9 of them white).
        ImagePlus image = after(GREY + "setColor(255); fillRect(4, 4, 3, 3);", "run('Median...', 'radius=1');");
        assertEquals(255, pixel(image, 5, 5));
    }

    @Test
    void geometryCommandsUseTheGivenSizes() {
        ImagePlus sized = after(GREY, "run('Size...', 'width=20 height=30 depth=1 interpolation=None');");
        assertEquals(20, sized.getWidth());
        assertEquals(30, sized.getHeight());
        ImageJTestSupport.closeAll();
        ImagePlus scaled = after(GREY, "run('Scale...', 'x=3 y=2 interpolation=None create title=big');");
        assertEquals("big", scaled.getTitle());
        assertEquals(30, scaled.getWidth());
        assertEquals(20, scaled.getHeight());
        ImageJTestSupport.closeAll();
        ImagePlus canvas = after(GREY + "setPixel(0, 0, 99);",
                "run('Canvas Size...', 'width=40 height=50 position=Bottom-Right zero');");
        assertEquals(40, canvas.getWidth());
        assertEquals(50, canvas.getHeight());
        assertEquals(99, pixel(canvas, 30, 40), "the image sits at the bottom right");
        assertEquals(0, pixel(canvas, 0, 0));
        ImageJTestSupport.closeAll();
        ImagePlus cropped = after(GREY + "setPixel(2, 3, 77);", "makeRectangle(2, 3, 4, 5); run('Crop');");
        assertEquals(4, cropped.getWidth());
        assertEquals(5, cropped.getHeight());
        assertEquals(77, pixel(cropped, 0, 0));
        ImageJTestSupport.closeAll();
        ImagePlus rotated = after(GREY + "setPixel(1, 2, 66);",
                "run('Rotate... ', 'angle=180 grid=1 interpolation=None');");
        assertEquals(66, pixel(rotated, 8, 7), "180 degrees about the centre moves (1,2) to (8,7)");
    }

    @Test
    void duplicateAndConversionsUseTheirOptions() {
        ImagePlus copy = after(GREY + "setPixel(1, 1, 12);", "run('Duplicate...', 'title=copy');");
        assertEquals("copy", copy.getTitle());
        assertEquals(12, pixel(copy, 1, 1));
        ImageJTestSupport.closeAll();
        String wide = "newImage('w', '16-bit black', 4, 1, 1); setPixel(0, 0, 1000); setPixel(1, 0, 3000);"
                + "setPixel(2, 0, 2000); setMinAndMax(1000, 3000);";
        ImagePlus scaled = after(wide, "run('Conversions...', 'scale'); run('8-bit');");
        assertEquals(0, pixel(scaled, 0, 0));
        assertEquals(255, pixel(scaled, 1, 0));
        assertEquals(128, pixel(scaled, 2, 0), "1000..3000 scaled to 0..255");
        ImageJTestSupport.closeAll();
        try {
            ImagePlus clamped = after(wide, "run('Conversions...', ' '); run('8-bit');");
            assertEquals(255, pixel(clamped, 0, 0), "without scaling 1000 clamps to 255");
        } finally {
            ImageJTestSupport.runMacro("run('Conversions...', 'scale');");
        }
        ImageJTestSupport.closeAll();
        ImagePlus floats = after(GREY + "setPixel(1, 1, 200);", "run('32-bit'); run('Multiply...', 'value=2.5');");
        assertEquals(500f, floats.getProcessor().getf(1, 1), 1e-4f);
    }

    @Test
    void enhanceContrastNormalisesWithTheGivenSaturation() {
        // saturated=0 maps the darkest pixel to 0 and the brightest to 255 exactly (the default 0.35% would clip).
        ImagePlus image = after(GREY + "run('Set...', 'value=50'); setPixel(0, 0, 150); setPixel(1, 0, 100);",
                "run('Enhance Contrast...', 'saturated=0 normalize');");
        assertEquals(0, pixel(image, 5, 5));
        assertEquals(255, pixel(image, 0, 0));
        assertEquals(128, pixel(image, 1, 0), 1);
    }
}
