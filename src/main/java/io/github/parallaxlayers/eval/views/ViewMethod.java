package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.fill.FillBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The novel-view methods the benchmark compares ({@code --methods}), all from the same reference image and depth.
 * A new method is one more constant with its {@link Synthesis}.
 */
public enum ViewMethod implements Labeled {
    /** The reference image itself: no parallax at all. */
    PLATE(PlateSynthesis::new),
    /** The whole plate as one card at its median depth. */
    CARD(CardSynthesis::new),
    /**
     * Auto Layers planes from the true depth, each card extended under the nearer ones and filled there (patch),
     * the parallax renderer.
     */
    LAYERS(() -> new LayerSynthesis(FillBackend.PATCH)),
    /** The same with the Telea fill. */
    LAYERS_TELEA(() -> new LayerSynthesis(FillBackend.TELEA)),
    /** Auto Layers' disjoint planes as cards with nothing behind them (what Build Layer Stack makes of them today). */
    LAYERS_CUT(() -> new LayerSynthesis(null)),
    /**
     * Scene geometry: ground, wall, upright and sky cards fitted to the true depth ({@link CardLayout}), filled
     * behind nearer cards and beyond the frame (20 % overscan per side) with patch, rendered through their planes'
     * homographies.
     */
    GEOMETRY(() -> new GeometrySynthesis(FillBackend.PATCH, 20, false)),
    /** The same cards without overscan: what the frame's edges cost. */
    GEOMETRY_FRAME(() -> new GeometrySynthesis(FillBackend.PATCH, 0, false)),
    /**
     * Auto Layers' slabs as the cards, each given a kind and a plane, with the same fill and overscan: what
     * merging each surface into one card is worth.
     */
    GEOMETRY_SLABS(() -> new GeometrySynthesis(FillBackend.PATCH, 20, true)),
    /** A z-buffered per-pixel forward warp with the true depth, holes filled with the patch fill. */
    WARP(() -> new WarpSynthesis(FillBackend.PATCH));

    private final Supplier<Synthesis> factory;

    ViewMethod(Supplier<Synthesis> factory) {
        this.factory = factory;
    }

    public Synthesis create() {
        return factory.get();
    }

    /** Methods from a comma- or space-separated list of labels ({@code all} or empty: every method), in order. */
    public static List<ViewMethod> parseList(String key, String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("all")) {
            return List.of(values());
        }
        List<ViewMethod> out = new ArrayList<>();
        for (String label : t.split("[,\\s]+")) {
            ViewMethod m = Labeled.parse(ViewMethod.class, key, label);
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }
}
