package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.onnx.DeviceReport;

/**
 * Fills the pixels of a plate under a hole mask (255 = fill) from the rest of the plate. Returns a new plate
 * of the same type and size whose pixels outside the hole are bit-identical to the input's; the input plate
 * is never written. A learned fill reports its device fall-back as every model does ({@link DeviceReport}); the
 * embedded fills run on no model and report none.
 */
public interface Inpainter extends DeviceReport {

    /** A stable id used in results and provenance, e.g. {@code patch} or {@code telea}. */
    String id();

    /**
     * The filled plate. The entry check every method shares lives here: a hole without pixels (or of another size,
     * refused with one line) gives a copy of the plate without running the method.
     */
    default Plate fill(Plate plate, Mask hole, ProgressListener progress) {
        if (FillInput.nothingToFill(plate, hole)) {
            return plate.copy();
        }
        return fillHole(plate, hole, progress);
    }

    /** The method's own work, on a hole of the plate's size with at least one pixel to fill. */
    Plate fillHole(Plate plate, Mask hole, ProgressListener progress);
}
