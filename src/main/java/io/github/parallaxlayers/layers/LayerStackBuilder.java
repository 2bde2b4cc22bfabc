package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plate, its layer masks (front to back) and the plate filled behind the foreground into RGBA layers.
 * A layer shows the plate where no nearer layer covers it, and the filled plate where a nearer layer hides it,
 * so a camera move that uncovers it shows fill, not the foreground's colours.
 */
public final class LayerStackBuilder {

    private LayerStackBuilder() {
    }

    /**
     * @param masks  one mask per layer, front first, each the plate's size
     * @param names  one name per mask
     * @param filled the plate filled under the nearer layers; {@code null} uses the plate itself
     */
    public static LayerStack build(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                   Plate filled) {
        List<List<String>> none = new ArrayList<>();
        masks.forEach(m -> none.add(List.of()));
        return build(sourceName, plate, masks, names, none, filled, List.of());
    }

    /**
     * As above, with provenance: each mask's history (the commands that made it) and the stack's (the fill, the
     * build itself).
     */
    public static LayerStack build(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                   List<List<String>> histories, Plate filled, List<String> stackHistory) {
        return build(sourceName, plate, masks, names, histories, filled, stackHistory, LayerEdges.HARD);
    }

    /** As above, with soft edges (and decontaminated colours inside them) drawn from each mask by {@code edges}. */
    public static LayerStack build(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                   List<List<String>> histories, Plate filled, List<String> stackHistory,
                                   LayerEdges edges) {
        validate(plate, masks, names, filled);
        Plate fill = filled == null ? plate : filled;
        List<Plate> perLayer = new ArrayList<>();
        masks.forEach(m -> perLayer.add(fill));
        return assemble(sourceName, plate, masks, names, histories, perLayer, fill, stackHistory, edges);
    }

    private static void validate(Plate plate, List<Mask> masks, List<String> names, Plate filled) {
        if (masks.isEmpty()) {
            throw new InvalidInputException("The mask stack has no layers: make at least one mask first "
                    + "(Point Mask).");
        }
        if (masks.size() != names.size()) {
            throw new IllegalArgumentException(masks.size() + " masks but " + names.size() + " names");
        }
        int w = plate.width();
        int h = plate.height();
        for (int i = 0; i < masks.size(); i++) {
            Mask m = masks.get(i);
            if (!m.sameSize(w, h)) {
                throw new InvalidInputException("Layer '" + names.get(i) + "' is " + m.width() + "x" + m.height()
                        + " but the plate is " + w + "x" + h + ": masks must have the plate's size.");
            }
        }
        if (masks.stream().allMatch(Mask::isEmpty)) {
            throw new InvalidInputException("Every mask in the stack is empty, so there is no layer to build: "
                    + "check the masks (a mask is white where the layer is).");
        }
        Plate fill = filled == null ? plate : filled;
        if (fill.width() != w || fill.height() != h) {
            throw new InvalidInputException("The filled plate is " + fill.width() + "x" + fill.height()
                    + " but the plate is " + w + "x" + h + ".");
        }
    }

    /**
     * As above, with one filled plate per layer (from {@code fill.LayerFill}): layer k shows its own plate where
     * a nearer layer hides it. The stack carries the farthest layer's plate as its filled plate.
     */
    public static LayerStack buildPerLayer(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                           List<List<String>> histories, List<Plate> filledPerLayer,
                                           List<String> stackHistory) {
        return buildPerLayer(sourceName, plate, masks, names, histories, filledPerLayer, stackHistory,
                LayerEdges.HARD);
    }

    /** As above, with soft edges drawn from each mask by {@code edges}. */
    public static LayerStack buildPerLayer(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                           List<List<String>> histories, List<Plate> filledPerLayer,
                                           List<String> stackHistory, LayerEdges edges) {
        if (filledPerLayer.size() != masks.size()) {
            throw new IllegalArgumentException(masks.size() + " masks but " + filledPerLayer.size() + " filled plates");
        }
        Plate farthest = null;
        for (Plate p : filledPerLayer) {
            farthest = p;
            validate(plate, masks, names, p);
        }
        return assemble(sourceName, plate, masks, names, histories, filledPerLayer, farthest, stackHistory, edges);
    }

    private static LayerStack assemble(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                       List<List<String>> histories, List<Plate> hiddenPlates, Plate fill,
                                       List<String> stackHistory, LayerEdges edges) {
        List<Plate> all = new ArrayList<>(hiddenPlates);
        all.add(plate);
        SampleCoding coding = SampleCoding.forPlates(all);
        if (coding != null) {
            return assembleSixteenBit(sourceName, plate, masks, names, histories, hiddenPlates, fill, stackHistory,
                    coding, edges);
        }
        int w = plate.width();
        int h = plate.height();
        int[] visible = DisplayRgb.of(plate);
        byte[] nearer = new byte[w * h];
        List<Layer> layers = new ArrayList<>();
        java.util.Map<Plate, int[]> shown = new java.util.IdentityHashMap<>();
        shown.put(plate, visible);
        for (int l = 0; l < masks.size(); l++) {
            int[] hidden = shown.computeIfAbsent(hiddenPlates.get(l), DisplayRgb::of);
            byte[] m = masks.get(l).data();
            byte[] alpha = edges.alpha(masks.get(l), plate);
            int[] argb = new int[w * h];
            for (int i = 0; i < argb.length; i++) {
                if (alpha[i] != 0) {
                    int rgb = nearer[i] != 0 ? hidden[i] : visible[i];
                    argb[i] = (alpha[i] & 0xff) << 24 | (rgb & 0xffffff);
                }
            }
            if (edges.decontaminate()) {
                decontaminate(argb, alpha, nearer, w, h, edges.width());
            }
            markNearer(m, nearer);
            // 1 = nearest until set
            layers.add(new Layer(names.get(l), argb, LayerEdges.bounds(alpha, w, h), l + 1, histories.get(l)));
        }
        return new LayerStack(sourceName, w, h, layers, fill, stackHistory);
    }

    /** As {@link #assemble} for 16- and 32-bit plates: the layers keep every bit, the 8-bit view is derived. */
    private static LayerStack assembleSixteenBit(String sourceName, Plate plate, List<Mask> masks, List<String> names,
                                                 List<List<String>> histories, List<Plate> hiddenPlates, Plate fill,
                                                 List<String> stackHistory, SampleCoding coding,
                                                 LayerEdges edges) {
        int w = plate.width();
        int h = plate.height();
        short[][] visible = coding.encode(plate);
        java.util.Map<Plate, short[][]> coded = new java.util.IdentityHashMap<>();
        coded.put(plate, visible);
        byte[] nearer = new byte[w * h];
        List<int[]> argbs = new ArrayList<>();
        List<short[][]> planes = new ArrayList<>();
        List<io.github.parallaxlayers.mask.Box> bounds = new ArrayList<>();
        for (int l = 0; l < masks.size(); l++) {
            short[][] hidden = coded.computeIfAbsent(hiddenPlates.get(l), coding::encode);
            byte[] m = masks.get(l).data();
            byte[] alpha = edges.alpha(masks.get(l), plate);
            int[] argb = new int[w * h];
            short[][] rgb16 = visible[0] == visible[1] && hidden[0] == hidden[1] ? shared(new short[w * h])
                    : new short[3][w * h];
            for (int i = 0; i < argb.length; i++) {
                if (alpha[i] != 0) {
                    short[][] from = nearer[i] != 0 ? hidden : visible;
                    argb[i] = (alpha[i] & 0xff) << 24;
                    for (int c = 0; c < (rgb16[0] == rgb16[1] ? 1 : 3); c++) {
                        rgb16[c][i] = from[c][i];
                    }
                }
            }
            if (edges.decontaminate()) {
                decontaminate(rgb16, alpha, nearer, w, h, edges.width());
            }
            markNearer(m, nearer);
            argbs.add(argb);
            bounds.add(LayerEdges.bounds(alpha, w, h));
            planes.add(rgb16);
        }
        SixteenBitDisplay.paintAll(argbs, planes);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < masks.size(); l++) {
            layers.add(new Layer(names.get(l), argbs.get(l), bounds.get(l), l + 1, histories.get(l),
                    planes.get(l)));
        }
        return new LayerStack(sourceName, w, h, layers, fill, stackHistory, coding);
    }

    /**
     * The layer's own soft pixels (not those showing fill behind a nearer layer) get the foreground colour
     * estimated from the plate's colours there.
     */
    private static void decontaminate(int[] argb, byte[] alpha, byte[] nearer, int w, int h, double width) {
        decontaminate(new EdgeDecontamination.Colours() {
            @Override
            public float get(int c, int i) {
                return (argb[i] >> 16 - 8 * c & 0xff) / 255f;
            }

            @Override
            public void set(int c, int i, float v) {
                int shift = 16 - 8 * c;
                argb[i] = argb[i] & ~(0xff << shift) | Math.round(v * 255) << shift;
            }
        }, alpha, nearer, w, h, width);
    }

    /** As above for a 16-bit layer's codes (grey: one plane shared by all three channels). */
    private static void decontaminate(short[][] rgb16, byte[] alpha, byte[] nearer, int w, int h, double width) {
        decontaminate(new EdgeDecontamination.Colours() {
            @Override
            public float get(int c, int i) {
                return (rgb16[c][i] & 0xffff) / 65535f;
            }

            @Override
            public void set(int c, int i, float v) {
                rgb16[c][i] = (short) Math.round(v * 65535);
            }
        }, alpha, nearer, w, h, width);
    }

    private static void decontaminate(EdgeDecontamination.Colours colours, byte[] alpha, byte[] nearer, int w,
            int h, double width) {
        io.github.parallaxlayers.mask.Box box = EdgeDecontamination.softBox(alpha, w, h, width);
        if (box == null) {
            return;
        }
        EdgeDecontamination.foreground(new EdgeDecontamination.Colours() {
            @Override
            public float get(int c, int i) {
                return colours.get(c, i);
            }

            @Override
            public void set(int c, int i, float v) {
                if (nearer[i] == 0) {
                    colours.set(c, i, v);
                }
            }
        }, alpha, w, box);
    }

    private static short[][] shared(short[] plane) {
        return new short[][] {plane, plane, plane};
    }

    private static void markNearer(byte[] mask, byte[] nearer) {
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] != 0) {
                nearer[i] = 1;
            }
        }
    }
}
