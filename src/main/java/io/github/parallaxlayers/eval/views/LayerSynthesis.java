package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.depth.AutoLayers;
import io.github.parallaxlayers.depth.AutoLayersSettings;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthPlanes;
import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.fill.LayerFill;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.ParallaxRenderer;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * The product's own path: Auto Layers (default settings) on the true depth, each card at the depth of its plane
 * (1 / the plane's mean inverse depth), rendered by the parallax renderer; pixels no card covers stay black, as the
 * preview shows them.
 * <p>With a fill, each card covers its plane and every nearer plane (masks made cumulative, front to back) and is
 * filled there behind the nearer ones ({@link LayerFill}), so a move uncovers fill instead of a hole. Without one,
 * the cards are Auto Layers' disjoint planes as they are: what Build Layer Stack makes from them today, even with
 * {@code per_layer}, since no plane lies behind another.
 *
 * @param fill the per-layer fill, or null for the disjoint planes without fill
 */
record LayerSynthesis(FillBackend fill) implements Synthesis {
    @Override
    public Prepared prepare(ViewScene scene, ProgressListener progress) {
        int w = scene.camera().width();
        int h = scene.camera().height();
        Plate plate = Plate.rgb(w, h, scene.rgb());
        DepthPlanes planes = AutoLayers.split(plate, new DepthMap(w, h, scene.inverseDepth()),
                AutoLayersSettings.DEFAULTS, progress.stage(0, 0.3));
        List<List<String>> histories = new ArrayList<>();
        planes.masks().forEach(m -> histories.add(List.of()));
        LayerStack stack;
        if (fill == null) {
            stack = LayerStackBuilder.build(scene.name(), plate, planes.masks(), planes.names(), histories, null,
                    List.of());
        } else {
            List<Mask> cumulative = cumulative(planes.masks());
            List<Plate> filled = LayerFill.fill(plate, cumulative, fill.create(), progress.stage(0.3, 1));
            stack = LayerStackBuilder.buildPerLayer(scene.name(), plate, cumulative, planes.names(), histories, filled,
                    List.of());
        }
        List<Layer> placed = new ArrayList<>();
        for (int k = 0; k < stack.layers().size(); k++) {
            Layer layer = stack.layers().get(k);
            placed.add(layer.with(layer.name(), 1 / planes.depths()[k]));
        }
        ParallaxRenderer renderer = new ParallaxRenderer(stack.withLayers(placed),
                scene.camera().verticalFovDegrees());
        return (target, p) -> render(renderer, scene, target, p);
    }

    /** Mask k becomes the union of masks 0..k (front first). */
    static List<Mask> cumulative(List<Mask> frontToBack) {
        List<Mask> out = new ArrayList<>();
        byte[] union = new byte[frontToBack.get(0).size()];
        for (Mask m : frontToBack) {
            byte[] d = m.data();
            for (int i = 0; i < union.length; i++) {
                if (d[i] != 0) {
                    union[i] = Mask.ON;
                }
            }
            out.add(Mask.wrap(m.width(), m.height(), union.clone()));
        }
        return out;
    }

    static View render(ParallaxRenderer renderer, ViewScene scene, TargetView target, ProgressListener progress) {
        ParallaxRenderer.Frame frame = renderer.render(target.pose(), scene.camera().width(),
                scene.camera().height(), progress);
        return new View(frame.rgb(), frame.holeFraction(), frame.maxStretch());
    }
}
