package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.GuidedFilter;

/**
 * The main subject of a plate at the plate's full resolution: the network's 1024×1024 map (cached per plate) is
 * resampled bilinearly to the plate and, with {@code snap}, fitted to the plate's own edges by the fast guided
 * filter (He and Sun 2015), the same filter Feather Mask's {@code edge} uses: the network sees a 4K–8K plate at
 * 1024, so its edge is blurred by the downscale, and the filter moves that soft edge onto the plate's edges.
 *
 * @param alpha subject probability per plate pixel, 0–1, row by row
 */
public record SubjectMatte(int width, int height, float[] alpha) {

    public static SubjectMatte of(SubjectNetwork network, Plate plate, SubjectSettings settings,
                                  ProgressListener progress) {
        SubjectMap map = network.map(plate, progress.stage(0, 0.85));
        progress.progress(0.85, "Subject: resizing to " + plate.width() + "x" + plate.height());
        return of(map, plate, settings, progress);
    }

    /** The matte of a map already computed for this plate. */
    public static SubjectMatte of(SubjectMap map, Plate plate, SubjectSettings settings, ProgressListener progress) {
        int w = plate.width();
        int h = plate.height();
        float[] alpha = map.resample(w, h);
        progress.checkCancelled();
        if (settings.snap()) {
            progress.progress(0.9, "Subject: snapping to the plate's edges");
            int subsample = Math.max(1, settings.radius() / 2);
            float[] snapped = GuidedFilter.filter(plate.toUnitChannels(), alpha, w, h, settings.radius(),
                    settings.eps(), subsample);
            for (int i = 0; i < alpha.length; i++) {
                float v = snapped[i];
                alpha[i] = v <= 0 ? 0 : v >= 1 ? 1 : v;
            }
        }
        progress.progress(1, "Subject: done");
        return new SubjectMatte(w, h, alpha);
    }

    /** Pixels with alpha ≥ threshold as a 0/255 mask. */
    public Mask mask(double threshold) {
        byte[] out = new byte[alpha.length];
        float t = (float) threshold;
        for (int i = 0; i < out.length; i++) {
            if (alpha[i] >= t) {
                out[i] = Mask.ON;
            }
        }
        return Mask.wrap(width, height, out);
    }

    /** Alpha as 8-bit values 0–255 (an ImageJ mask image with soft edges). */
    public byte[] alpha8() {
        byte[] out = new byte[alpha.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.round(alpha[i] * 255f);
        }
        return out;
    }
}
