package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Each farther layer is filled behind exactly the union of the nearer layers. */
class LayerFillTest {

    @Test
    void eachLayerIsFilledBehindTheUnionOfTheNearerOnes() {
        // Grey ramp 0..99 across 100 columns; front layer columns 10..29, middle 50..59, back = whole frame.
        byte[] b = new byte[100 * 20];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 100);
        }
        Plate plate = Plate.gray8(100, 20, b);
        Mask front = FillFixtures.rectangle(100, 20, 10, 0, 20, 20);
        Mask middle = FillFixtures.rectangle(100, 20, 50, 0, 10, 20);
        Mask back = Mask.full(100, 20);
        List<Plate> plates = LayerFill.fill(plate, List.of(front, middle, back), new TeleaInpainter(),
                ProgressListener.NONE);
        assertEquals(3, plates.size());
        assertSame(plate, plates.get(0), "the front layer hides nothing");
        byte[] mid = (byte[]) plates.get(1).pixels();
        byte[] far = (byte[]) plates.get(2).pixels();
        // Middle layer: only the front's columns were holes; its own columns keep the plate.
        assertEquals(55, mid[5 * 100 + 55]);
        assertEquals(9, mid[5 * 100 + 9]);
        // Telea across a 20-column gap of a ramp from 9 to 30 gives values strictly between the two sides.
        int filled = mid[5 * 100 + 20] & 0xff;
        assertEquals(true, filled > 9 && filled < 30, "fill " + filled);
        // Back layer: the middle's columns are filled too, between the known 49 and 60.
        int behindMiddle = far[5 * 100 + 55] & 0xff;
        assertEquals(true, behindMiddle > 49 && behindMiddle < 60, "fill " + behindMiddle);
        assertEquals(40, far[5 * 100 + 40]);
    }

    @Test
    void anEmptyNearerLayerReusesTheFillBehindIt() {
        Plate plate = Plate.gray8(40, 10, new byte[400]);
        Mask front = FillFixtures.rectangle(40, 10, 5, 0, 5, 10);
        List<Plate> plates = LayerFill.fill(plate, List.of(front, Mask.empty(40, 10), Mask.full(40, 10)),
                new TeleaInpainter(), ProgressListener.NONE);
        assertSame(plates.get(1), plates.get(2));
    }
}
