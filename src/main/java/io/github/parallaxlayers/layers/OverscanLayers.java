package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Overscan for a layer stack: layers larger than the frame, so that a camera move uncovers no empty border.
 *
 * <p>Which layer continues past the frame: each margin pixel belongs to the <em>farthest</em> layer (last in the
 * stack's front-to-back order) that shows the frame's edge pixel nearest to it (straight out from the edge; the
 * corner pixel for the corners), with that pixel's alpha. Where a background card lies behind everything, the
 * background alone continues and a foreground object cut by the frame stays cut there (its continuation would be a
 * guess that moves with the foreground); where the layers tile the frame (depth planes), each continues its own
 * stretch of the edge. The colours come from {@link #farthestColours}: per frame pixel the colour of the farthest
 * layer showing it — the plate with everything nearer filled away — extended beyond the frame by an outpainting
 * fill ({@code fill.Outpainting}).
 */
public final class OverscanLayers {

    /** The largest overscan, percent of the frame per side. */
    public static final double MAX_PERCENT = 50;

    private OverscanLayers() {
    }

    /** Margin per side in px for {@code percent} of a frame side of {@code side} px. */
    public static int margin(int side, double percent) {
        if (!(percent >= 0 && percent <= MAX_PERCENT)) {
            throw new InvalidInputException("overscan=" + percent + " is out of range; give a percentage of the frame "
                    + "per side from 0 to " + (int) MAX_PERCENT + ".");
        }
        return (int) Math.round(side * percent / 100);
    }

    /**
     * The frame as the farthest layers show it: per pixel the colour of the last layer with alpha above 0 there
     * (black where none does). 8-bit stacks give an RGB plate, 16-bit ones an RGB48 plate of the layers' codes.
     */
    public static Plate farthestColours(LayerStack stack) {
        requireNoOverscan(stack);
        int n = stack.width() * stack.height();
        List<Layer> layers = stack.layers();
        boolean sixteen = stack.coding() != null;
        int[] rgb = sixteen ? null : new int[n];
        short[][] planes = sixteen ? new short[3][n] : null;
        for (int i = 0; i < n; i++) {
            for (int l = layers.size() - 1; l >= 0; l--) {
                Layer layer = layers.get(l);
                if (layer.argb()[i] >>> 24 != 0) {
                    if (sixteen) {
                        for (int c = 0; c < 3; c++) {
                            planes[c][i] = layer.rgb16()[c][i];
                        }
                    } else {
                        rgb[i] = layer.argb()[i] & 0xffffff;
                    }
                    break;
                }
            }
        }
        return sixteen ? Plate.rgb48(stack.width(), stack.height(), planes[0], planes[1], planes[2])
                : Plate.rgb(stack.width(), stack.height(), rgb);
    }

    /**
     * The stack on a canvas {@code marginX}, {@code marginY} px larger per side: every layer's frame pixels as they
     * were, the margins given to the farthest layer at the nearest edge pixel and coloured from {@code extended}
     * ({@link #farthestColours} after outpainting, the canvas's size). The camera is unchanged: the frame stays the
     * plate, centred.
     */
    public static LayerStack extend(LayerStack stack, int marginX, int marginY, Plate extended) {
        requireNoOverscan(stack);
        int fw = stack.width();
        int fh = stack.height();
        int w = fw + 2 * marginX;
        int h = fh + 2 * marginY;
        if (extended.width() != w || extended.height() != h) {
            throw new IllegalArgumentException("extended colours are " + extended.width() + "x" + extended.height()
                    + ", the canvas " + w + "x" + h);
        }
        boolean sixteen = stack.coding() != null;
        int[] rgb = sixteen ? null : (int[]) extended.pixels();
        short[][] codes = sixteen ? (short[][]) extended.pixels() : null;
        List<Layer> layers = stack.layers();
        int count = layers.size();
        List<int[]> argbs = new ArrayList<>();
        List<short[][]> planes = new ArrayList<>();
        for (Layer layer : layers) {
            int[] argb = new int[w * h];
            short[][] rgb16 = null;
            for (int y = 0; y < fh; y++) {
                System.arraycopy(layer.argb(), y * fw, argb, (y + marginY) * w + marginX, fw);
            }
            if (sixteen) {
                boolean grey = layer.rgb16()[0] == layer.rgb16()[1];
                rgb16 = grey ? new short[][] {new short[w * h], null, null} : new short[3][w * h];
                if (grey) {
                    rgb16[1] = rgb16[0];
                    rgb16[2] = rgb16[0];
                }
                for (int c = 0; c < (grey ? 1 : 3); c++) {
                    for (int y = 0; y < fh; y++) {
                        System.arraycopy(layer.rgb16()[c], y * fw, rgb16[c], (y + marginY) * w + marginX, fw);
                    }
                }
            }
            argbs.add(argb);
            planes.add(rgb16);
        }
        for (int y = 0; y < h; y++) {
            int ey = Math.max(0, Math.min(fh - 1, y - marginY));
            boolean marginRow = y < marginY || y >= marginY + fh;
            for (int x = 0; x < w; x++) {
                if (!marginRow && x >= marginX && x < marginX + fw) {
                    x = marginX + fw - 1; // the frame: kept as it was
                    continue;
                }
                int ex = Math.max(0, Math.min(fw - 1, x - marginX));
                int edge = ey * fw + ex;
                int i = y * w + x;
                for (int l = count - 1; l >= 0; l--) {
                    int alpha = layers.get(l).argb()[edge] >>> 24;
                    if (alpha != 0) {
                        if (sixteen) {
                            short[][] p = planes.get(l);
                            for (int c = 0; c < 3; c++) {
                                p[c][i] = codes[c][i];
                            }
                            argbs.get(l)[i] = alpha << 24;
                        } else {
                            argbs.get(l)[i] = alpha << 24 | (rgb[i] & 0xffffff);
                        }
                        break;
                    }
                }
            }
        }
        if (sixteen) {
            SixteenBitDisplay.paintAll(argbs, planes);
        }
        List<Layer> out = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            Layer layer = layers.get(l);
            out.add(new Layer(layer.name(), argbs.get(l), bounds(argbs.get(l), w, h), layer.depthHint(),
                    layer.history(), planes.get(l), layer.card()));
        }
        return new LayerStack(stack.sourceName(), w, h, out, stack.filled(), stack.history(), stack.coding(), fw, fh);
    }

    /**
     * The stack with layer {@code index} continued into the margins beside the frame-edge pixels it shows (the same
     * nearest-edge rule as {@link #extend}, with that pixel's alpha), coloured as the farthest layer there — the
     * outpainted plate. For a ground or wall card: the plane goes on past the frame, so a camera move sees more
     * ground instead of the background card behind it. The frame's pixels do not change; a stack without overscan
     * is returned as it is.
     */
    public static LayerStack continueIntoMargins(LayerStack stack, int index) {
        if (!stack.hasOverscan()) {
            return stack;
        }
        int w = stack.width();
        int h = stack.height();
        int mx = stack.marginX();
        int my = stack.marginY();
        int fw = stack.frameWidth();
        int fh = stack.frameHeight();
        List<Layer> layers = stack.layers();
        Layer layer = layers.get(index);
        int[] argb = layer.argb().clone();
        boolean sixteen = stack.coding() != null;
        short[][] rgb16 = null;
        if (sixteen) {
            rgb16 = new short[3][];
            for (int c = 0; c < 3; c++) {
                rgb16[c] = layer.rgb16()[c].clone(); // a grey layer shares one plane; colours may not be grey here
            }
        }
        int claimed = 0;
        for (int y = 0; y < h; y++) {
            boolean marginRow = y < my || y >= my + fh;
            for (int x = 0; x < w; x++) {
                if (!marginRow && x >= mx && x < mx + fw) {
                    x = mx + fw - 1;
                    continue;
                }
                int edge = Math.max(my, Math.min(my + fh - 1, y)) * w + Math.max(mx, Math.min(mx + fw - 1, x));
                int alpha = layer.argb()[edge] >>> 24;
                int i = y * w + x;
                if (alpha == 0 || argb[i] >>> 24 >= alpha) {
                    continue;
                }
                for (int l = layers.size() - 1; l >= 0; l--) {
                    Layer from = layers.get(l);
                    if (from.argb()[i] >>> 24 != 0) {
                        argb[i] = alpha << 24 | (from.argb()[i] & 0xffffff);
                        if (sixteen) {
                            for (int c = 0; c < 3; c++) {
                                rgb16[c][i] = from.rgb16()[c][i];
                            }
                        }
                        claimed++;
                        break;
                    }
                }
            }
        }
        if (claimed == 0) {
            return stack;
        }
        List<Layer> out = new ArrayList<>(layers);
        out.set(index, new Layer(layer.name(), argb, bounds(argb, w, h), layer.depthHint(), layer.history(), rgb16,
                layer.card()));
        return new LayerStack(stack.sourceName(), w, h, out, stack.filled(), stack.history(), stack.coding(), fw, fh);
    }

    private static void requireNoOverscan(LayerStack stack) {
        if (stack.hasOverscan()) {
            throw new InvalidInputException("The layer stack already has overscan (" + stack.marginX() + "x"
                    + stack.marginY() + " px per side); build it again from the plate for another amount.");
        }
    }

    /** Bounding box of the pixels with alpha above 0; null when there are none. */
    public static Box bounds(int[] argb, int w, int h) {
        return Box.around(w, h, i -> argb[i] >>> 24 != 0);
    }
}
