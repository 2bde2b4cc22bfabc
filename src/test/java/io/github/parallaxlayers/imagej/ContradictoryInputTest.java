package io.github.parallaxlayers.imagej;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.parallaxlayers.imagej.MacroChainTest.squarePlate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contradictory or meaningless input is refused with one line instead of giving an empty or ambiguous result. */
class ContradictoryInputTest {

    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    private static String fails(String macro) {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(macro + "print('went on');");
        assertNotNull(run.error(), "refused: " + run.output());
        assertEquals(1, run.error().lines().count(), run.error());
        assertFalse(run.output().contains("went on") || run.output().contains("\tat "), run.output());
        return run.error();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "points=[90,70] negative=[90,70]   | The point (90,70) is both a positive and a negative click",
            "points=[90,70;20,20] negative=[5,5;20,20] | The point (20,20) is both a positive and a negative click",
            "box=[10,10,0,0]                    | The box 10,10,0,0 is empty",
            "points=[Infinity,5]                | 'Infinity' in points=[Infinity,5] is not a pixel coordinate",
            "points=[90,NaN]                    | 'NaN' in points=[90,NaN] is not a pixel coordinate",
            "points=[90,70] layer=[]            | The layer name is empty",
            "points=[90,70] layer=[   ]         | The layer name is empty"})
    void pointMaskRefuses(String options, String message) {
        String error = fails(squarePlate("plate") + "run('Point Mask', '" + options + "');");
        assertTrue(error.startsWith("Point Mask: " + message), error);
    }

    @Test
    void aLayerNameAlreadyInTheStackIsRefusedAndTheStackKept() {
        String error = fails(squarePlate("plate") + "run('Point Mask', 'points=[90,70] layer=tree stack=Layers');"
                + "run('Point Mask', 'points=[10,10] layer=tree stack=Layers');");
        assertTrue(error.contains("has a layer called 'tree' already"), error);
        assertEquals(1, ImageJTestSupport.image("Layers").getStackSize(), "no second 'tree' layer");
    }

    @Test
    void anAllNanPlateIsRefused() {
        String nan = "newImage('nan', '32-bit black', 40, 30, 1); run('Set...', 'value=NaN');";
        String error = fails(nan + "run('Point Mask', 'points=[5,5]');");
        assertTrue(error.contains("'nan' has no finite pixel value"), error);
        ImageJTestSupport.closeAll();
        error = fails(nan + "newImage('m', '8-bit black', 40, 30, 1); setColor(255); fillRect(5, 5, 10, 10);"
                + "run('Build Layer Stack', 'plate=nan masks=m');");
        assertTrue(error.contains("'nan' has no finite pixel value"), error);
    }

    @Test
    void sizeMismatchNamesTheImageComparedAgainst() {
        String two = "newImage('a', '8-bit black', 40, 30, 1); newImage('b', '8-bit black', 20, 30, 1);";
        String error = fails(two + "run('Combine Masks', 'a=a b=b operation=union');");
        assertTrue(error.contains("The second mask 'b' is 20x30 but the first mask 'a' is 40x30"), error);
        ImageJTestSupport.closeAll();
        error = fails(two + "run('Evaluate Mask', 'mask=b truth=a');");
        assertTrue(error.contains("The mask 'b' is 20x30 but the ground truth 'a' is 40x30"), error);
        assertFalse(error.contains("plate"), error);
    }

    @Test
    void classicReportsNoMeaninglessScore() {
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro(squarePlate("plate")
                + "run('Point Mask', 'points=[90,70] backend=classic');");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("Point Mask: layer 'object'"), run.output());
        assertFalse(run.output().contains("score"), "classic computes no score: " + run.output());
    }
}
