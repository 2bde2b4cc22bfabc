package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.fill.FillBackend;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandOptionsTest {

    @Test
    void readsEveryKindOfOptionFromAMacroString() {
        CommandOptions options = new CommandOptions("Test");
        Option<String> points = options.text("points", "");
        Option<Integer> radius = options.integer("radius", 3, 0, 100);
        Option<Double> grow = options.number("grow", 0, -50, 50);
        Option<Boolean> fill = options.flag("fill_holes");
        Option<Boolean> keep = options.flag("largest");
        Option<FillBackend> backend = options.choice("backend", FillBackend.class, FillBackend.PATCH);
        Option<String> mask = options.image("mask", "");
        options.readMacro("points=[10,20;30,40] grow=-2.5 fill_holes backend=telea mask=[my mask.tif]");
        assertEquals("10,20;30,40", points.get());
        assertEquals(3, radius.get(), "absent keys keep their default");
        assertEquals(-2.5, grow.get());
        assertTrue(fill.get());
        assertFalse(keep.get());
        assertEquals(FillBackend.TELEA, backend.get());
        assertEquals("my mask.tif", mask.get());
    }

    @Test
    void notANumberIsRefusedWithTheRange() {
        for (String value : List.of("NaN", "-NaN", "nan")) {
            CommandOptions options = new CommandOptions("Test");
            options.number("overscan", 0, 0, 50);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> options.readMacro("overscan=" + value));
            assertTrue(e.getMessage().startsWith("Test: overscan=" + value + " is "), e.getMessage());
        }
    }

    @Test
    void aFlagPrefixIsNotTheFlag() {
        CommandOptions options = new CommandOptions("Test");
        Option<Boolean> fill = options.flag("fill");
        Option<Boolean> fillHoles = options.flag("fill_holes");
        options.readMacro("fill_holes");
        assertTrue(fillHoles.get());
        assertFalse(fill.get());
    }

    @Test
    void rejectsUnknownKeysAndBadValuesWithTheFix() {
        CommandOptions options = new CommandOptions("Test");
        options.integer("radius", 3, 0, 100);
        options.choice("backend", FillBackend.class, FillBackend.PATCH);
        String unknown = assertThrows(InvalidInputException.class, () -> options.readMacro("radios=3")).getMessage();
        assertTrue(unknown.contains("'radios'") && unknown.contains("radius, backend"), unknown);
        String range = assertThrows(InvalidInputException.class, () -> options.readMacro("radius=101")).getMessage();
        assertTrue(range.contains("0 to 100"), range);
        String whole = assertThrows(InvalidInputException.class, () -> options.readMacro("radius=2.5")).getMessage();
        assertTrue(whole.contains("whole number"), whole);
        String choice = assertThrows(InvalidInputException.class, () -> options.readMacro("backend=deepfill")).getMessage();
        assertTrue(choice.contains("patch, telea, lama, migan"), choice);
        String number = assertThrows(InvalidInputException.class, () -> options.readMacro("radius=abc")).getMessage();
        assertTrue(number.contains("not a number"), number);
    }

    @Test
    void keysOfAnOptionsString() {
        assertEquals(List.of("a", "b", "flag", "c"),
                List.copyOf(MacroOptionKeys.of("a=1 b=[x y=2 [z]] flag c='q r'")));
    }
}
