package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which layer continues into the margins, on hand-made 8×6 stacks with 3×2 px margins. */
class OverscanLayersTest {
    static final int W = 8;
    static final int H = 6;

    /** The canvas colour at (x, y): a distinct value per pixel, so the test sees where each one went. */
    static Plate canvas(int w, int h) {
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = 0x010000 * (i % w) + 0x000100 * (i / w) + 7;
        }
        return Plate.rgb(w, h, rgb);
    }

    static Mask mask(java.util.function.BiPredicate<Integer, Integer> inside) {
        Mask m = Mask.empty(W, H);
        for (int i = 0; i < W * H; i++) {
            m.set(i, inside.test(i % W, i / W));
        }
        return m;
    }

    static int alphaAt(LayerStack stack, int layer, int x, int y) {
        return stack.layers().get(layer).argb()[y * stack.width() + x] >>> 24;
    }

    @Test
    void aBackgroundCardTakesTheWholeMarginAndAForegroundCutByTheFrameStaysCut() {
        Plate plate = canvas(W, H);
        Mask post = mask((x, y) -> x < 2 && y >= 2); // touches the left and bottom edges
        LayerStack stack = LayerStackBuilder.build("s", plate, List.of(post, Mask.full(W, H)), List.of("post", "back"),
                null);
        LayerStack wide = OverscanLayers.extend(stack, 3, 2, canvas(W + 6, H + 4));
        assertEquals(14, wide.width());
        assertEquals(10, wide.height());
        assertEquals(W, wide.frameWidth());
        assertEquals(3, wide.marginX());
        assertEquals(2, wide.marginY());
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 14; x++) {
                boolean margin = x < 3 || x >= 11 || y < 2 || y >= 8;
                if (margin) {
                    assertEquals(0, alphaAt(wide, 0, x, y), "post at " + x + "," + y);
                    assertEquals(255, alphaAt(wide, 1, x, y), "back at " + x + "," + y);
                    assertEquals(canvas(14, 10).sample(0, y * 14 + x),
                            (wide.layers().get(1).argb()[y * 14 + x] >> 16) & 255);
                }
            }
        }
        // the frame's pixels are the stack's own, and the masks measured on it are the frame's
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(stack.alphaMasks().get(l).data(), wide.alphaMasks().get(l).data());
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    assertEquals(stack.layers().get(l).argb()[y * W + x], wide.layers().get(l).argb()[(y + 2) * 14 + x + 3]);
                }
            }
        }
        assertEquals(new io.github.parallaxlayers.mask.Box(0, 0, 14, 10), wide.layers().get(1).bounds());
        assertEquals(new io.github.parallaxlayers.mask.Box(3, 4, 2, 4), wide.layers().get(0).bounds());
    }

    @Test
    void layersThatTileTheFrameEachContinueTheirOwnStretchOfTheEdge() {
        Plate plate = canvas(W, H);
        Mask ground = mask((x, y) -> y >= 3);
        Mask far = mask((x, y) -> y < 3);
        LayerStack stack = LayerStackBuilder.build("s", plate, List.of(ground, far), List.of("ground", "far"), null);
        LayerStack wide = OverscanLayers.extend(stack, 3, 2, canvas(W + 6, H + 4));
        // left margin, row of frame y = 4: the ground's; y = 1: the far layer's; the corners follow their edge pixel
        assertEquals(255, alphaAt(wide, 0, 0, 4 + 2));
        assertEquals(0, alphaAt(wide, 1, 0, 4 + 2));
        assertEquals(255, alphaAt(wide, 1, 0, 1 + 2));
        assertEquals(255, alphaAt(wide, 0, 13, 9));
        assertEquals(255, alphaAt(wide, 1, 13, 0));
        for (int i = 0; i < 14 * 10; i++) {
            int covered = (wide.layers().get(0).argb()[i] >>> 24 != 0 ? 1 : 0)
                    + (wide.layers().get(1).argb()[i] >>> 24 != 0 ? 1 : 0);
            assertEquals(1, covered, "pixel " + i + " belongs to exactly one layer");
        }
    }

    @Test
    void farthestColoursShowTheBackLayerBehindTheForeground() {
        int[] rgb = new int[W * H];
        java.util.Arrays.fill(rgb, 0x112233);
        int[] fill = new int[W * H];
        java.util.Arrays.fill(fill, 0x445566);
        Mask post = mask((x, y) -> x < 2);
        LayerStack stack = LayerStackBuilder.build("s", Plate.rgb(W, H, rgb), List.of(post, Mask.full(W, H)),
                List.of("post", "back"), Plate.rgb(W, H, fill));
        int[] colours = (int[]) OverscanLayers.farthestColours(stack).pixels();
        assertEquals(0x445566, colours[0]); // behind the post: the fill the back layer holds
        assertEquals(0x112233, colours[5]);
    }

    @Test
    void percentagesOutsideTheRangeAndASecondOverscanAreRefused() {
        assertEquals(384, OverscanLayers.margin(3840, 10));
        assertEquals(0, OverscanLayers.margin(3840, 0));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OverscanLayers.margin(100, 60));
        assertTrue(e.getMessage().contains("from 0 to 50"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> OverscanLayers.margin(100, Double.NaN));
        LayerStack stack = LayerStackBuilder.build("s", canvas(W, H), List.of(Mask.full(W, H)), List.of("back"), null);
        LayerStack wide = OverscanLayers.extend(stack, 1, 1, canvas(W + 2, H + 2));
        e = assertThrows(InvalidInputException.class, () -> OverscanLayers.farthestColours(wide));
        assertTrue(e.getMessage().contains("already has overscan"), e.getMessage());
    }

    @Test
    void aGroundLayerContinuesIntoTheMarginsBesideTheEdgePixelsItShowsColouredAsTheBackground() {
        Plate plate = canvas(W, H);
        Mask street = mask((x, y) -> y >= 3 && x >= 2); // reaches the bottom and right edges, not the left one
        LayerStack stack = LayerStackBuilder.build("s", plate, List.of(street, Mask.full(W, H)),
                List.of("street", "back"), null);
        Plate colours = canvas(W + 6, H + 4);
        LayerStack wide = OverscanLayers.extend(stack, 3, 2, colours);
        LayerStack continued = OverscanLayers.continueIntoMargins(wide, 0);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 14; x++) {
                int i = y * 14 + x;
                boolean frame = x >= 3 && x < 11 && y >= 2 && y < 8;
                int fx = Math.max(0, Math.min(W - 1, x - 3));
                int fy = Math.max(0, Math.min(H - 1, y - 2));
                boolean beside = !frame && fy >= 3 && fx >= 2;
                int argb = continued.layers().get(0).argb()[i];
                if (frame) {
                    assertEquals(wide.layers().get(0).argb()[i], argb, "frame pixel " + x + "," + y + " unchanged");
                } else if (beside) {
                    assertEquals(255, argb >>> 24, "margin " + x + "," + y + " beside the street's edge pixels");
                    assertEquals(colours.sample(0, i), (argb >> 16) & 255, "red of the outpainted background");
                    assertEquals(colours.sample(1, i), (argb >> 8) & 255, "green of the outpainted background");
                } else {
                    assertEquals(0, argb >>> 24, "margin " + x + "," + y + " beside the back layer's edge pixels");
                }
            }
        }
        // the background keeps its margins (it lies behind); the other layers are the same objects
        assertTrue(continued.layers().get(1) == wide.layers().get(1));
        assertEquals(new io.github.parallaxlayers.mask.Box(5, 5, 9, 5), continued.layers().get(0).bounds());
        // a stack without overscan, or a layer at no edge, is returned as it is
        assertTrue(OverscanLayers.continueIntoMargins(stack, 0) == stack);
        LayerStack inner = OverscanLayers.extend(LayerStackBuilder.build("s", plate,
                List.of(mask((x, y) -> x == 4 && y == 3), Mask.full(W, H)), List.of("dot", "back"), null), 3, 2,
                colours);
        assertTrue(OverscanLayers.continueIntoMargins(inner, 0) == inner);
    }
}
