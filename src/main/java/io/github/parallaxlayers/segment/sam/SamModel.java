package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.onnx.DeviceReport;

/**
 * A SAM-family model ready to run: its image encoder and prompt decoder (both cached ONNX Runtime sessions).
 *
 * @param id the backend id used in logs and results, e.g. {@code mobile-sam}, or the file name for a
 *           {@code model_file=} model
 */
public record SamModel(String id, ImageEncoder encoder, PromptDecoder decoder) implements DeviceReport {

    @Override
    public String fallback() {
        String line = encoder.model().fallback();
        return line.isEmpty() ? decoder.model().fallback() : line;
    }

    public String deviceLabel() {
        return encoder.model().device().label();
    }
}
