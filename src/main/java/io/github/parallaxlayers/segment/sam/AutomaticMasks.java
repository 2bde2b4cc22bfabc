package io.github.parallaxlayers.segment.sam;

import java.util.List;

/**
 * What the automatic mask generator found, largest mask first, and what it did to get there.
 *
 * @param decoderRuns   prompts decoded (points per side² per crop)
 * @param candidates    candidate masks the decoder returned for them
 * @param belowIou      candidates removed for a predicted IoU not above pred_iou_thresh
 * @param unstable      candidates removed for a stability score below stability_score_thresh
 * @param tooSmall      candidates removed for fewer pixels than min_area
 * @param cutByCrop     candidates removed for touching an inner crop edge
 * @param duplicates    candidates removed by box NMS (within and across crops)
 * @param encodeNanos   time in the encoder or the embedding cache
 * @param decodeNanos   time in the decoder runs
 * @param totalNanos    the whole generation
 */
public record AutomaticMasks(List<AutomaticMask> masks, int width, int height, int decoderRuns, int candidates,
                             int belowIou, int unstable, int tooSmall, int cutByCrop, int duplicates,
                             long encodeNanos, long decodeNanos, long totalNanos) {

    /** The label image of {@link MaskLabels#of}. */
    public int[] labels() {
        return MaskLabels.of(masks, width, height);
    }

    /** Time spent neither encoding nor decoding, over the decoding time: the generator's own overhead. */
    public double overheadRatio() {
        return decodeNanos == 0 ? 0 : (totalNanos - encodeNanos - decodeNanos) / (double) decodeNanos;
    }
}
