package io.github.parallaxlayers.onnx;

/**
 * What a model (or something running one) says about the device it runs on: the one way a command learns that
 * CUDA was asked for and the CPU is used instead. Embedded algorithms run on no model and report nothing.
 */
public interface DeviceReport {

    /** The one line saying why CUDA was asked for and the CPU is used instead, or empty. */
    default String fallback() {
        return "";
    }

    default boolean fellBack() {
        return !fallback().isEmpty();
    }
}
