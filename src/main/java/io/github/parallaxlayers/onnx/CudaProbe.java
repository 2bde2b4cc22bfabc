package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;

import java.util.Locale;

/**
 * Turns "CUDA cannot be had" into one line naming what is missing. The GPU jar lists CUDA as available even on
 * a machine without a GPU, so the verdict comes from the failure of creating a CUDA session, not from the list.
 */
final class CudaProbe {
    static final String GPU_BUILD_HINT = "build the plugin with the GPU profile (mvn -Pgpu package) and install "
            + "that jar; see docs/gpu.md";

    private CudaProbe() {
    }

    /** Null when this ONNX Runtime build has the CUDA provider, else the line saying it is the CPU build. */
    static String missingProvider(OrtEnvironment environment) {
        if (OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
            return null;
        }
        return "CUDA is not available: this is the CPU build of the plugin (ONNX Runtime without the CUDA "
                + "execution provider); " + GPU_BUILD_HINT + ".";
    }

    /** One line for a CUDA session that could not be created. */
    static String explain(OrtException failure) {
        String text = String.valueOf(failure.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        String firstLine = text.lines().findFirst().orElse(text).trim();
        if (lower.contains("not supported in this build") || lower.contains("not compiled")) {
            return "CUDA is not available: this is the CPU build of the plugin; " + GPU_BUILD_HINT + ".";
        }
        if (lower.contains("cudnn")) {
            return "CUDA is not available: the cuDNN 9 libraries (libcudnn*.so.9 / cudnn64_9.dll) were not found; "
                    + "install cuDNN 9 for CUDA 12 and put it on the library path (docs/gpu.md). ONNX Runtime "
                    + "said: " + firstLine;
        }
        if (lower.contains("no cuda-capable device") || lower.contains("cudaerrornodevice")
                || lower.contains("no device") || lower.contains("cuda failure 100")) {
            return "CUDA is not available: no CUDA-capable GPU was found (driver loaded, no device). ONNX Runtime "
                    + "said: " + firstLine;
        }
        if (lower.contains("libcu") || lower.contains("cuda") || lower.contains(".so")
                || lower.contains(".dll")) {
            return "CUDA is not available: the CUDA 12 runtime libraries (cudart, cuBLAS, cuFFT, cuRAND) or the "
                    + "NVIDIA driver could not be loaded; install CUDA 12.x and put its lib folder on the library "
                    + "path (docs/gpu.md). ONNX Runtime said: " + firstLine;
        }
        return "CUDA is not available: creating a CUDA session failed. ONNX Runtime said: " + firstLine;
    }
}
