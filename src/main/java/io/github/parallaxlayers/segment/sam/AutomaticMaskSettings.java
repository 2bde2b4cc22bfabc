package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Options of SAM's automatic mask generator ("segment everything"), named and defaulted as in
 * {@code segment_anything/automatic_mask_generator.py}.
 *
 * @param pointsPerSide        the prompt grid is pointsPerSide² single positive points over the plate (and over
 *                             each crop)
 * @param predIouThresh        a candidate is kept when the decoder's predicted IoU is above this
 * @param stabilityScoreThresh a candidate is kept when its stability score (IoU of the masks thresholded at logit
 *                             +offset and −offset) is at least this
 * @param stabilityOffset      the logit offset of the stability score
 * @param minArea              masks of fewer pixels are removed
 * @param cropNLayers          0: the whole plate only; n: also 2^k × 2^k overlapping crops for k = 1..n
 * @param boxNmsThresh         of two masks whose boxes overlap by more than this IoU the lower-scored one goes
 */
public record AutomaticMaskSettings(int pointsPerSide, double predIouThresh, double stabilityScoreThresh,
                                    double stabilityOffset, int minArea, int cropNLayers, double boxNmsThresh) {
    public static final AutomaticMaskSettings DEFAULTS = new AutomaticMaskSettings(32, 0.88, 0.95, 1.0, 0, 0, 0.7);
    static final int MAX_POINTS_PER_SIDE = 128;
    static final int MAX_CROP_LAYERS = 2;

    public AutomaticMaskSettings {
        if (pointsPerSide < 1 || pointsPerSide > MAX_POINTS_PER_SIDE) {
            throw new InvalidInputException("points_per_side=" + pointsPerSide + " is out of range: give 1 to "
                    + MAX_POINTS_PER_SIDE + " (SAM's default is 32, i.e. 1024 prompts).");
        }
        if (!(predIouThresh >= 0 && predIouThresh <= 1) || !(stabilityScoreThresh >= 0 && stabilityScoreThresh <= 1)) {
            throw new InvalidInputException("pred_iou_thresh and stability_score_thresh must be in [0, 1]; got "
                    + predIouThresh + " and " + stabilityScoreThresh + ".");
        }
        if (!(stabilityOffset > 0 && stabilityOffset <= 100)) {
            throw new InvalidInputException("The stability offset must be in (0, 100] logits; got " + stabilityOffset
                    + ".");
        }
        if (minArea < 0) {
            throw new InvalidInputException("min_area=" + minArea + " must be 0 or more pixels.");
        }
        if (cropNLayers < 0 || cropNLayers > MAX_CROP_LAYERS) {
            throw new InvalidInputException("crop_n_layers=" + cropNLayers + " is out of range: give 0 (whole plate), "
                    + "1 (also 2x2 crops) or 2 (also 4x4 crops).");
        }
        if (!(boxNmsThresh > 0 && boxNmsThresh <= 1)) {
            throw new InvalidInputException("The box NMS threshold must be in (0, 1]; got " + boxNmsThresh + ".");
        }
    }

    public AutomaticMaskSettings withPointsPerSide(int n) {
        return new AutomaticMaskSettings(n, predIouThresh, stabilityScoreThresh, stabilityOffset, minArea, cropNLayers,
                boxNmsThresh);
    }

    public AutomaticMaskSettings withThresholds(double predIou, double stability) {
        return new AutomaticMaskSettings(pointsPerSide, predIou, stability, stabilityOffset, minArea, cropNLayers,
                boxNmsThresh);
    }

    public AutomaticMaskSettings withMinArea(int pixels) {
        return new AutomaticMaskSettings(pointsPerSide, predIouThresh, stabilityScoreThresh, stabilityOffset, pixels,
                cropNLayers, boxNmsThresh);
    }

    public AutomaticMaskSettings withCropLayers(int layers) {
        return new AutomaticMaskSettings(pointsPerSide, predIouThresh, stabilityScoreThresh, stabilityOffset, minArea,
                layers, boxNmsThresh);
    }
}
