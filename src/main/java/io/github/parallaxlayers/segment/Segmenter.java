package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.DeviceReport;

/**
 * A click-driven segmenter (the embedded classic one, SAM models, test fixtures). Opening a session does the
 * per-image work once (features, an image embedding); each prompt afterwards is cheap. One that runs a model
 * reports its device fall-back ({@link DeviceReport}).
 */
public interface Segmenter extends DeviceReport {

    /** A stable id used in results and provenance, e.g. {@code classic} or {@code mobile-sam}. */
    String id();

    SegmentationSession open(Plate plate, ProgressListener progress);
}
