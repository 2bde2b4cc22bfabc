package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.ParallaxRenderer;
import io.github.parallaxlayers.mask.Box;

import java.util.Arrays;
import java.util.List;

/** The whole plate as one card at the median of its known depths. */
final class CardSynthesis implements Synthesis {
    @Override
    public Prepared prepare(ViewScene scene, ProgressListener progress) {
        int w = scene.camera().width();
        int h = scene.camera().height();
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xff000000 | scene.rgb()[i];
        }
        Layer card = new Layer("card", argb, new Box(0, 0, w, h), medianDepth(scene.inverseDepth()));
        ParallaxRenderer renderer = new ParallaxRenderer(new LayerStack(scene.name(), w, h, List.of(card), null),
                scene.camera().verticalFovDegrees());
        return (target, p) -> LayerSynthesis.render(renderer, scene, target, p);
    }

    /** 1 / the median known inverse depth: the median depth, as depth is monotone in its inverse. */
    static double medianDepth(float[] inverse) {
        float[] known = new float[inverse.length];
        int n = 0;
        for (float v : inverse) {
            if (v == v) {
                known[n++] = v;
            }
        }
        Arrays.sort(known, 0, n);
        double median = n % 2 == 1 ? known[n / 2] : (known[n / 2 - 1] + known[n / 2]) / 2.0;
        return 1 / median;
    }
}
