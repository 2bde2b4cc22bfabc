package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.mask.Mask;

/**
 * "Perfect per-pixel depth": the reference's true depth forward-warped (z-buffered) into the target, cracks closed,
 * colours resampled from the reference ({@link ForwardWarp#warpResampled}); the holes left (disocclusions, frame
 * edges) are filled with the same fill the layers use. Its hole fraction is that of the warp before the fill.
 */
record WarpSynthesis(FillBackend fill) implements Synthesis {
    @Override
    public Prepared prepare(ViewScene scene, ProgressListener progress) {
        var inpainter = fill.create();
        return (target, p) -> {
            int w = scene.camera().width();
            int h = scene.camera().height();
            ForwardWarp.Result warped = ForwardWarp.warpResampled(scene.rgb(), scene.depth(), scene.camera(), target.pose());
            byte[] hole = new byte[w * h];
            boolean any = false;
            for (int i = 0; i < hole.length; i++) {
                if (warped.hole()[i]) {
                    hole[i] = Mask.ON;
                    any = true;
                }
            }
            int[] rgb = warped.rgb();
            if (any) {
                Plate filled = inpainter.fill(Plate.rgb(w, h, rgb), Mask.wrap(w, h, hole), p);
                rgb = ((int[]) filled.pixels()).clone();
            }
            return new View(rgb, warped.holeFraction(), Double.NaN);
        };
    }
}
