package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.Labeled;

/** Where a model runs: {@code device=[auto|cpu|cuda]} on every model-backed command and in the CLI. */
public enum Device implements Labeled {
    /** CUDA when a CUDA session can be created, otherwise the CPU with one line saying why. */
    AUTO,
    CPU,
    /** CUDA or a clear error; never a silent fall-back. */
    CUDA;
}
