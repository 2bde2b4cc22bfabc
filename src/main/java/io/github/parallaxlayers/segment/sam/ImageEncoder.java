package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.onnx.ModelSession;

/** The image half of a SAM-family model: a plate in, its embedding out (run once per plate and model). */
public interface ImageEncoder {

    ModelSession model();

    /** The frame prompts are mapped into for a plate of this size. */
    SamFrame frame(int width, int height);

    Embedding encode(Plate plate);
}
