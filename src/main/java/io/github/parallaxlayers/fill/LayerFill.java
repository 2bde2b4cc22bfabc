package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-layer fill for 2.5D: layer k (front first) is hidden by the union of layers 0..k−1, so its plate is filled
 * where only those nearer layers are holes. Each layer then holds plausible content wherever a camera move may
 * reveal it, instead of sharing one plate filled behind every foreground layer (which would also erase the layer
 * itself). Works with any {@link Inpainter}.
 */
public final class LayerFill {
    private LayerFill() {
    }

    /**
     * One plate per layer: the plate itself for the front layer, then each farther layer's plate filled under
     * the union of the nearer masks (the plate's own pixels everywhere else). Consecutive layers with the same
     * nearer union (an empty mask in between) share one fill.
     */
    public static List<Plate> fill(Plate plate, List<Mask> frontToBack, Inpainter inpainter,
                                   ProgressListener progress) {
        Objects.requireNonNull(inpainter, "inpainter");
        if (frontToBack.isEmpty()) {
            throw new InvalidInputException("The mask stack has no layers: make at least one mask first (Point Mask).");
        }
        for (Mask m : frontToBack) {
            FillInput.checkSameSize(plate, m);
        }
        int n = frontToBack.size();
        List<Plate> plates = new ArrayList<>(n);
        plates.add(plate);
        byte[] nearer = new byte[plate.size()];
        Plate previous = plate;
        for (int k = 1; k < n; k++) {
            progress.checkCancelled();
            byte[] m = frontToBack.get(k - 1).data();
            boolean grew = false;
            for (int i = 0; i < m.length; i++) {
                if (m[i] != 0 && nearer[i] == 0) {
                    nearer[i] = Mask.ON;
                    grew = true;
                }
            }
            if (grew) {
                Mask hole = Mask.wrap(plate.width(), plate.height(), nearer.clone());
                previous = inpainter.fill(plate, hole, progress.stage((double) (k - 1) / (n - 1), (double) k / (n - 1)));
            }
            plates.add(previous);
        }
        progress.progress(1, "Per-layer fill: done");
        return plates;
    }
}
