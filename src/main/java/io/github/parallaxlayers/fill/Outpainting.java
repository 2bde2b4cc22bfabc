package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

/**
 * Extends a plate beyond its edges (outpainting) with any {@link Inpainter}, for overscan: the result is
 * {@code marginX} px wider on the left and right and {@code marginY} px taller at the top and bottom, the plate's
 * own pixels unchanged in the centre.
 *
 * <p>The margins are filled as four strips — left, right, then top and bottom across the whole width (the corners
 * come with them, next to the already filled side strips) — each from a crop holding the strip and a band of known
 * pixels beside it ({@link #BAND_FACTOR} margins deep). What lies far from an edge says little about what continues
 * past it, and a crop keeps the fill's pyramid and searches to the pixels that matter: a 4K plate's four strips
 * cost about what one fill of the whole canvas would spend on its known part alone.
 */
public final class Outpainting {
    /** The known band beside a strip is this many margins deep (at least {@link #MIN_BAND} px). */
    static final int BAND_FACTOR = 2;
    /** A band of fewer pixels holds too few whole 7×7 patches at the coarse pyramid levels. */
    static final int MIN_BAND = 48;
    /**
     * Margins of more pixels than this (all four strips together) are filled at a reduced scale — half, or less —
     * and scaled back up bilinearly: the fill's cost grows with the pixels it invents, and the margins are seen only
     * at the frame's edges during a move. 4K at 10 % per side invents 3.65 million pixels, 4.4 times a 4K fill of
     * a tenth of the plate (docs/performance.md).
     */
    static final long FULL_RESOLUTION_PIXELS = 1_500_000;

    private Outpainting() {
    }

    public static Plate extend(Plate plate, int marginX, int marginY, Inpainter inpainter, ProgressListener progress) {
        return extend(plate, marginX, marginY, inpainter, progress, FULL_RESOLUTION_PIXELS);
    }

    /** As above, filling at full resolution up to {@code fullResolutionPixels} invented pixels. */
    static Plate extend(Plate plate, int marginX, int marginY, Inpainter inpainter, ProgressListener progress,
                        long fullResolutionPixels) {
        if (marginX < 0 || marginY < 0) {
            throw new IllegalArgumentException("margins must be ≥ 0: " + marginX + ", " + marginY);
        }
        int w = plate.width();
        int h = plate.height();
        if (marginX > 2 * w || marginY > 2 * h) {
            throw new InvalidInputException("An overscan of " + marginX + "x" + marginY + " px per side is more than "
                    + "twice the " + w + "x" + h + " plate: there is too little plate to continue from.");
        }
        int cw = w + 2 * marginX;
        int ch = h + 2 * marginY;
        float[][] canvas = new float[plate.channels()][cw * ch];
        float[][] own = plate.toChannels();
        for (int c = 0; c < canvas.length; c++) {
            for (int y = 0; y < h; y++) {
                System.arraycopy(own[c], y * w, canvas[c], (y + marginY) * cw + marginX, w);
            }
        }
        if (marginX == 0 && marginY == 0) {
            return plate.copy();
        }
        Plate blank = blank(plate, cw, ch);
        long invented = (long) cw * ch - (long) w * h;
        int scale = 1;
        while (invented > fullResolutionPixels * scale * scale) {
            scale++;
        }
        int bandX = Math.min(w, Math.max(MIN_BAND, BAND_FACTOR * marginX));
        int bandY = Math.min(h, Math.max(MIN_BAND, BAND_FACTOR * marginY));
        if (marginX > 0) {
            // left and right: the frame's rows only; the corners come with the top and bottom strips
            fillStrip(canvas, cw, blank, 0, marginY, marginX + bandX, h, 0, 0, marginX, h, scale, inpainter,
                    progress.stage(0, 0.25));
            fillStrip(canvas, cw, blank, marginX + w - bandX, marginY, bandX + marginX, h, bandX, 0, marginX, h,
                    scale, inpainter, progress.stage(0.25, 0.5));
        }
        if (marginY > 0) {
            fillStrip(canvas, cw, blank, 0, 0, cw, marginY + bandY, 0, 0, cw, marginY, scale, inpainter,
                    progress.stage(0.5, 0.75));
            fillStrip(canvas, cw, blank, 0, marginY + h - bandY, cw, bandY + marginY, 0, bandY, cw, marginY,
                    scale, inpainter, progress.stage(0.75, 1));
        }
        progress.progress(1, "Overscan: margins filled");
        return blank.withChannels(canvas);
    }

    /**
     * Fills the hole ({@code hx, hy, hw, hh}, relative to the crop) of the crop ({@code x, y, cropW, cropH}) of the
     * canvas, in place; at {@code scale} > 1 the crop is filled shrunk by that factor and the hole scaled back up.
     */
    private static void fillStrip(float[][] canvas, int cw, Plate type, int x, int y, int cropW, int cropH,
                                  int hx, int hy, int hw, int hh, int scale, Inpainter inpainter,
                                  ProgressListener progress) {
        if (scale > 1) {
            fillStripScaled(canvas, cw, type, x, y, cropW, cropH, hx, hy, hw, hh, scale, inpainter, progress);
            return;
        }
        progress.checkCancelled();
        float[][] crop = new float[canvas.length][cropW * cropH];
        for (int c = 0; c < canvas.length; c++) {
            for (int r = 0; r < cropH; r++) {
                System.arraycopy(canvas[c], (y + r) * cw + x, crop[c], r * cropW, cropW);
            }
        }
        byte[] hole = new byte[cropW * cropH];
        for (int r = hy; r < hy + hh; r++) {
            java.util.Arrays.fill(hole, r * cropW + hx, r * cropW + hx + hw, Mask.ON);
        }
        Plate filled = inpainter.fill(blank(type, cropW, cropH).withChannels(crop), Mask.wrap(cropW, cropH, hole),
                progress);
        float[][] out = filled.toChannels();
        for (int c = 0; c < canvas.length; c++) {
            for (int r = hy; r < hy + hh; r++) {
                System.arraycopy(out[c], r * cropW + hx, canvas[c], (y + r) * cw + x + hx, hw);
            }
        }
    }

    private static void fillStripScaled(float[][] canvas, int cw, Plate type, int x, int y, int cropW, int cropH,
                                        int hx, int hy, int hw, int hh, int scale, Inpainter inpainter,
                                        ProgressListener progress) {
        progress.checkCancelled();
        int sw = (cropW + scale - 1) / scale;
        int sh = (cropH + scale - 1) / scale;
        float[][] small = new float[canvas.length][sw * sh];
        byte[] hole = new byte[sw * sh];
        float[] count = new float[sw * sh];
        for (int r = 0; r < cropH; r++) {
            for (int q = 0; q < cropW; q++) {
                int i = (r / scale) * sw + q / scale;
                boolean inHole = r >= hy && r < hy + hh && q >= hx && q < hx + hw;
                if (inHole) {
                    hole[i] = Mask.ON; // a shrunk pixel touching the hole is filled, not averaged with nothing
                    continue;
                }
                count[i]++;
                for (int c = 0; c < canvas.length; c++) {
                    small[c][i] += canvas[c][(y + r) * cw + x + q];
                }
            }
        }
        for (int i = 0; i < hole.length; i++) {
            for (int c = 0; c < canvas.length && hole[i] == 0; c++) {
                small[c][i] /= count[i];
            }
        }
        Plate filled = inpainter.fill(blank(type, sw, sh).withChannels(small), Mask.wrap(sw, sh, hole), progress);
        float[][] out = filled.toChannels();
        for (int r = hy; r < hy + hh; r++) {
            double sy = Math.max(0, Math.min(sh - 1, (r + 0.5) / scale - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(sh - 1, y0 + 1);
            double fy = sy - y0;
            for (int q = hx; q < hx + hw; q++) {
                double sx = Math.max(0, Math.min(sw - 1, (q + 0.5) / scale - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(sw - 1, x0 + 1);
                double fx = sx - x0;
                for (int c = 0; c < canvas.length; c++) {
                    float[] o = out[c];
                    double top = o[y0 * sw + x0] * (1 - fx) + o[y0 * sw + x1] * fx;
                    double bottom = o[y1 * sw + x0] * (1 - fx) + o[y1 * sw + x1] * fx;
                    canvas[c][(y + r) * cw + x + q] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
    }

    /** A plate of the same pixel type at another size (its pixels are then set with {@link Plate#withChannels}). */
    private static Plate blank(Plate like, int width, int height) {
        int n = width * height;
        Object pixels = switch (like.type()) {
            case GRAY8 -> new byte[n];
            case GRAY16 -> new short[n];
            case GRAY32 -> new float[n];
            case RGB -> new int[n];
            case RGB48 -> new short[][] {new short[n], new short[n], new short[n]};
        };
        return new Plate(width, height, like.type(), pixels);
    }
}
