package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtSession;

import java.nio.file.Path;

/**
 * A cached ONNX Runtime session and what it runs on. Shared by every caller that opens the same model file on
 * the same device with the same settings; {@code OrtSession.run} is thread-safe, so callers may run it at once.
 * Owned by {@link OnnxRuntime}: callers never close it.
 *
 * @param device   the device the session really runs on ({@link Device#CPU} or {@link Device#CUDA})
 * @param fallback empty, or the one line explaining why CUDA was asked for and the CPU is used instead
 */
public record ModelSession(OrtSession session, Path file, String sha256, Device device, String fallback)
        implements DeviceReport {
}
