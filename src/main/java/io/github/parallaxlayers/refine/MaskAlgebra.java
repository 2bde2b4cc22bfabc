package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/** Set operations on masks, and on a whole front-to-back layer stack at once. */
public final class MaskAlgebra {

    private MaskAlgebra() {
    }

    public static Mask combine(Mask a, Mask b, MaskOperation operation) {
        if (!a.sameSize(b)) {
            throw new InvalidInputException("The masks have different sizes (" + a.width() + "x" + a.height()
                    + " and " + b.width() + "x" + b.height() + "): combine masks of the same plate.");
        }
        byte[] x = a.data();
        byte[] y = b.data();
        byte[] out = new byte[x.length];
        for (int i = 0; i < out.length; i++) {
            if (operation.apply(x[i] != 0, y[i] != 0)) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(a.width(), a.height(), out);
    }

    /** Applies {@code operation} across every mask in order: ((m0 op m1) op m2) … */
    public static Mask reduce(List<Mask> masks, MaskOperation operation) {
        if (masks.isEmpty()) {
            throw new InvalidInputException("There are no masks to combine.");
        }
        Mask result = masks.get(0).copy();
        for (int i = 1; i < masks.size(); i++) {
            result = combine(result, masks.get(i), operation);
        }
        return result;
    }

    /**
     * Makes a front-to-back layer stack exclusive: every layer loses what nearer layers cover. With a positive
     * {@code overlap} a farther layer keeps a band of that many px under the edge of the nearer ones, so a fill
     * or a soft edge in front has something behind it; a negative value leaves a gap.
     */
    public static List<Mask> separate(List<Mask> frontToBack, double overlap) {
        List<Mask> out = new ArrayList<>();
        Mask nearer = null;
        for (Mask layer : frontToBack) {
            if (nearer == null) {
                out.add(layer.copy());
                nearer = layer.copy();
                continue;
            }
            Mask cover = MaskRefinement.growOrShrink(nearer, -overlap);
            out.add(combine(layer, cover, MaskOperation.SUBTRACT));
            nearer = combine(nearer, layer, MaskOperation.UNION);
        }
        return out;
    }
}
