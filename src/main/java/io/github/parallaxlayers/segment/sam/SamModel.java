package io.github.parallaxlayers.segment.sam;

/**
 * A SAM-family model ready to run: its image encoder and prompt decoder (both cached ONNX Runtime sessions).
 *
 * @param id the backend id used in logs and results, e.g. {@code mobile-sam}, or the file name for a
 *           {@code model_file=} model
 */
public record SamModel(String id, ImageEncoder encoder, PromptDecoder decoder) {

    /** The one line saying why CUDA was asked for and the CPU is used, or empty. */
    public String fallback() {
        String line = encoder.model().fallback();
        return line.isEmpty() ? decoder.model().fallback() : line;
    }

    public String deviceLabel() {
        return encoder.model().device().label();
    }
}
