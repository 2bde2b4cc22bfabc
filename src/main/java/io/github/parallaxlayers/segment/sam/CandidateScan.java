package io.github.parallaxlayers.segment.sam;

import java.nio.FloatBuffer;

/**
 * One pass over a candidate's plate-resolution logits that gives, at once, its stability score and its mask as
 * runs: stability = |logit > +offset| / |logit > −offset| (SAM's {@code calculate_stability_score} with
 * {@code mask_threshold} 0), mask = logit > 0. SAM v1 decoders return the logits at plate size; SAM 2's are
 * 256 × 256 and are resized bilinearly row by row here, as {@link LowResUpsampler} does for one mask.
 */
final class CandidateScan {
    private final int width;
    private final int height;
    private final float offset;
    private final float[] row;
    private final MaskRuns.Builder runs = new MaskRuns.Builder();
    private final LowResRows lowRes;
    private int inner;
    private int outer;

    CandidateScan(int width, int height, double offset) {
        this.width = width;
        this.height = height;
        this.offset = (float) offset;
        this.row = new float[width];
        this.lowRes = new LowResRows(DecoderOutput.LOW_RES, width, height);
    }

    /** Scans candidate {@code k} of a decoder output of this plate size. */
    void scan(DecoderOutput out, int k) {
        runs.start(width, height);
        inner = 0;
        outer = 0;
        FloatBuffer masks = out.masks();
        int n = width * height;
        if (masks == null) {
            lowRes.reset(out.lowRes(), k * DecoderOutput.LOW_RES * DecoderOutput.LOW_RES);
        }
        float hi = offset;
        float lo = -offset;
        for (int y = 0; y < height; y++) {
            if (masks != null) {
                masks.get(k * n + y * width, row);
            } else {
                lowRes.row(y, row);
            }
            int runStart = -1;
            for (int x = 0; x < width; x++) {
                float v = row[x];
                if (v > lo) {
                    outer++;
                    if (v > hi) {
                        inner++;
                    }
                }
                if (v > 0f) {
                    if (runStart < 0) {
                        runStart = x;
                    }
                } else if (runStart >= 0) {
                    runs.add(runStart, y, x - runStart);
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                runs.add(runStart, y, width - runStart);
            }
        }
    }

    /** SAM's stability score; 0 for a candidate with no logit above −offset (SAM's 0/0 is filtered out too). */
    double stability() {
        return outer == 0 ? 0 : inner / (double) outer;
    }

    MaskRuns.Builder runs() {
        return runs;
    }
}
