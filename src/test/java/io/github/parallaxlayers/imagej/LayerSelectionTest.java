package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.parallaxlayers.imagej.ImageJTestSupport.image;
import static io.github.parallaxlayers.imagej.ImageJTestSupport.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The layers= option: names to slices, the Layer Manager's selection to the option, the preview's slice. */
class LayerSelectionTest {
    @AfterEach
    void close() {
        ImageJTestSupport.closeAll();
    }

    @Test
    void namesChooseSlicesAndEmptyChoosesAll() {
        ok("newImage('m', '8-bit black', 10, 10, 3); setSlice(1); setMetadata('Label', 'sky');"
                + "setSlice(2); setMetadata('Label', 'house'); setSlice(3); setMetadata('Label', 'road'); setSlice(1);");
        assertArrayEquals(new boolean[] {true, true, true}, LayerSelection.of(image("m"), "", "Refine Mask"));
        assertArrayEquals(new boolean[] {false, true, true}, LayerSelection.of(image("m"), " road , house",
                "Refine Mask"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LayerSelection.of(image("m"), "roof", "Feather Mask"));
        assertEquals("Feather Mask: m has no layer named 'roof'; its layers are sky, house, road (layers=[name,name], "
                + "or leave it empty for all).", e.getMessage());
        assertEquals(3, LayerSelection.previewSlice(image("m"), "road", "Refine Mask"), "moves to the chosen layer");
        assertEquals(3, image("m").getCurrentSlice());
        assertEquals(3, LayerSelection.previewSlice(image("m"), "house,road", "Refine Mask"), "stays on a chosen one");
    }

    @Test
    void theManagersSelectionBecomesTheOption() {
        List<String> all = List.of("sky", "house", "road");
        assertEquals("", LayerSelection.format(List.of(), all), "nothing selected: all layers");
        assertEquals("", LayerSelection.format(List.of("road", "sky", "house"), all), "all selected: all layers");
        assertEquals("sky,road", LayerSelection.format(List.of("sky", "road"), all));
    }
}
