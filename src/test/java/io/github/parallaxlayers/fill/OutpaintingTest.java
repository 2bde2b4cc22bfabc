package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutpaintingTest {

    /** Horizontal bands of three colours, 5 px each: continuing them sideways has one right answer per row. */
    @Test
    void continuesHorizontalBandsSidewaysAndKeepsThePlate() {
        int w = 160;
        int h = 90;
        int[] colours = {0xc03020, 0x20a040, 0x3050d0};
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = colours[(i / w / 5) % 3];
        }
        Plate plate = Plate.rgb(w, h, rgb);
        int mx = 24;
        int my = 0;
        Plate out = Outpainting.extend(plate, mx, my, new PatchMatchInpainter(), ProgressListener.NONE);
        assertEquals(w + 48, out.width());
        assertEquals(h, out.height());
        int[] o = (int[]) out.pixels();
        int right = 0;
        int margin = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < out.width(); x++) {
                int v = o[y * out.width() + x];
                if (x >= mx && x < mx + w) {
                    assertEquals(rgb[y * w + x - mx], v, "plate pixel " + (x - mx) + "," + y);
                } else {
                    margin++;
                    right += v == rgb[y * w] ? 1 : 0;
                }
            }
        }
        assertTrue(right > 0.95 * margin, right + " of " + margin + " margin pixels continue their band");
    }

    /** Large margins are filled at half scale: the bands (10 px here) still continue, a little soft at their edges. */
    @Test
    void largeMarginsAreFilledShrunkAndScaledBackUp() {
        int w = 160;
        int h = 90;
        int[] colours = {0xc03020, 0x20a040, 0x3050d0};
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = colours[(i / w / 10) % 3];
        }
        int mx = 24;
        int my = 10;
        // 208×110 − 160×90 = 8480 invented pixels against a budget of 4000: filled at half scale
        Plate out = Outpainting.extend(Plate.rgb(w, h, rgb), mx, my, new PatchMatchInpainter(), ProgressListener.NONE,
                4000);
        int ow = out.width();
        int[] o = (int[]) out.pixels();
        int close = 0;
        int margin = 0;
        for (int y = my; y < my + h; y++) {
            for (int x = 0; x < ow; x++) {
                int v = o[y * ow + x];
                if (x >= mx && x < mx + w) {
                    assertEquals(rgb[(y - my) * w + x - mx], v, "the plate is kept at full resolution");
                    continue;
                }
                margin++;
                int expected = rgb[(y - my) * w];
                int diff = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    diff = Math.max(diff, Math.abs((v >> shift & 255) - (expected >> shift & 255)));
                }
                close += diff <= 24 ? 1 : 0;
            }
        }
        // the rows at a band's edge (2 of every 10) are blended by the bilinear scale-up
        assertTrue(close > 0.75 * margin, close + " of " + margin + " side-margin pixels continue their band");
    }

    @Test
    void fillsAllFourMarginsOfATexture() {
        int w = 120;
        int h = 80;
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int x = i % w;
            int y = i / w;
            rgb[i] = (x / 4 + y / 4) % 2 == 0 ? 0x202020 : 0xe0e0e0; // a checkerboard of 4 px squares
        }
        Plate out = Outpainting.extend(Plate.rgb(w, h, rgb), 12, 8, new PatchMatchInpainter(), ProgressListener.NONE);
        int[] o = (int[]) out.pixels();
        int ow = out.width();
        int dark = 0;
        int n = 0;
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < ow; x++) {
                if (x < 12 || x >= 12 + w || y < 8 || y >= 8 + h) {
                    n++;
                    int v = o[y * ow + x] & 255;
                    assertTrue(v <= 0x40 || v >= 0xc0, "margin pixel " + x + "," + y + " is a blend: " + v);
                    dark += v <= 0x40 ? 1 : 0;
                }
            }
        }
        // the texture's own share of dark squares, not a flat continuation of one colour
        assertEquals(0.5, dark / (double) n, 0.1);
    }
}
