package io.github.parallaxlayers.segment.sam;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxNetwork;
import io.github.parallaxlayers.segment.Prompt;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A SAM 2 / 2.1 decoder as samexporter exports it (model-contracts.md §3.3–3.4): inputs {@code image_embed},
 * {@code high_res_feats_0/1}, {@code point_coords}, {@code point_labels}, {@code mask_input},
 * {@code has_mask_input} (no {@code orig_im_size}); outputs {@code masks [1,3,256,256]} — low-resolution logits of
 * the stretched frame, resized to the plate here — and {@code iou_predictions [1,3]}. The export hard-codes
 * multimask output, so the three ambiguity masks are always the candidates, and appends the padding point itself.
 * {@code num_labels} is kept at 1 (its broadcast for larger values is UNCONFIRMED, §3.3).
 */
public final class Sam2Decoder extends OnnxNetwork implements PromptDecoder {

    public Sam2Decoder(ModelSession model) {
        super(model, "a SAM 2 decoder", Contract.SAM2_DECODER);
    }

    @Override
    public PromptTensors tensors(Prompt prompt, SamFrame frame) {
        return PromptTensors.sam2(prompt, frame);
    }

    @Override
    public PromptTensors point(double x, double y, SamFrame frame) {
        // no padding point: the SAM 2 graph appends it itself
        return new PromptTensors(new float[] {frame.mapX(x), frame.mapY(y)}, new float[] {PromptTensors.POSITIVE}, 1);
    }

    @Override
    public int[] candidateTokens(int masks, int pointCount) {
        int[] all = new int[masks];
        for (int i = 0; i < masks; i++) {
            all[i] = i;
        }
        return all;
    }

    @Override
    public Bound bind(Embedding embedding, SamFrame frame) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> features = new HashMap<>();
        try {
            for (String name : Sam2Encoder.FEATURES) {
                Embedding.Feature f = embedding.feature(name);
                FloatBuffer buffer = SamDecoder.direct(f.values().length).put(f.values()).flip();
                features.put(name, OnnxTensor.createTensor(env, buffer, f.shape()));
            }
        } catch (OrtException e) {
            features.values().forEach(OnnxTensor::close);
            throw new IllegalStateException("cannot make tensors of the SAM 2 embedding", e);
        }
        return new Bound() {
            @Override
            public DecoderOutput decode(PromptTensors prompt, float[] maskInput) {
                return run(features, prompt, maskInput, frame);
            }

            @Override
            public void close() {
                features.values().forEach(OnnxTensor::close);
            }
        };
    }

    private DecoderOutput run(Map<String, OnnxTensor> features, PromptTensors prompt, float[] maskInput,
                              SamFrame frame) {
        Map<String, OnnxTensor> own = new HashMap<>();
        try {
            prompt.putInto(own, maskInput);
            Map<String, OnnxTensor> inputs = new HashMap<>(features);
            inputs.putAll(own);
            try (OrtSession.Result result = model().session().run(inputs)) {
                OnnxTensor masks = (OnnxTensor) result.get("masks").orElseThrow();
                long[] shape = masks.getInfo().getShape();
                if (shape.length != 4 || shape[2] != DecoderOutput.LOW_RES || shape[3] != DecoderOutput.LOW_RES) {
                    throw new InvalidInputException("The SAM 2 decoder " + model().file() + " returned masks of shape "
                            + java.util.Arrays.toString(shape) + "; samexporter's SAM 2 decoder returns [1, 3, 256, 256].");
                }
                FloatBuffer low = masks.getFloatBuffer();
                float[] lowRes = new float[low.remaining()];
                low.get(lowRes);
                FloatBuffer scoreBuffer = ((OnnxTensor) result.get("iou_predictions").orElseThrow()).getFloatBuffer();
                float[] scores = new float[scoreBuffer.remaining()];
                scoreBuffer.get(scores);
                return new DecoderOutput((int) shape[1], frame.width(), frame.height(), null, scores, lowRes);
            }
        } catch (OrtException e) {
            throw runFailure("the SAM 2 decoder", "", e, "it must follow the " + Contract.SAM2_DECODER.label()
                    + " contract: " + Contract.SAM2_DECODER.description());
        } finally {
            own.values().forEach(OnnxTensor::close);
        }
    }
}
