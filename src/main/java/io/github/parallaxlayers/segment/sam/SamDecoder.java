package io.github.parallaxlayers.segment.sam;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A SAM v1 prompt encoder + mask decoder (model-contracts.md §1.4): six float32 inputs, outputs {@code masks}
 * (logits already resized to {@code orig_im_size} by the graph), {@code iou_predictions} and
 * {@code low_res_masks}. A decoder exported with {@code --return-extra-metrics} (five outputs) is read by
 * position: masks 0, scores 1, low-res logits 4.
 */
public final class SamDecoder extends OnnxNetwork implements PromptDecoder {
    private final boolean extraMetrics;
    private final int declaredMasks;

    public SamDecoder(ModelSession model) {
        super(model, "a SAM / MobileSAM prompt decoder", Contract.SAM1_DECODER);
        ModelSignature signature = signature();
        this.extraMetrics = signature.outputs().size() == 5;
        ModelSignature.Port masks = signature.output("masks");
        this.declaredMasks = masks != null && masks.rank() == 4 && masks.dim(1) > 0 ? (int) masks.dim(1) : -1;
    }

    /**
     * Native output buffers for one plate size, which ONNX Runtime writes into directly (no copy of the
     * plate-size logits per click); null when the model does not declare its mask count, which then costs a copy.
     */
    public Outputs outputs(SamFrame frame) {
        if (declaredMasks < 0 || extraMetrics) {
            return null;
        }
        long planes = (long) declaredMasks * frame.width() * frame.height();
        if (planes > Integer.MAX_VALUE) {
            return null;
        }
        return new Outputs(declaredMasks, direct((int) planes), direct(declaredMasks),
                direct(declaredMasks * DecoderOutput.LOW_RES * DecoderOutput.LOW_RES), frame);
    }

    /** Pinned output buffers for one plate size (see {@link #outputs}); used by one thread at a time. */
    public record Outputs(int count, FloatBuffer masks, FloatBuffer scores, FloatBuffer lowRes, SamFrame frame) {
    }

    static FloatBuffer direct(int floats) {
        return java.nio.ByteBuffer.allocateDirect(floats * Float.BYTES).order(java.nio.ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    @Override
    public PromptTensors tensors(io.github.parallaxlayers.segment.Prompt prompt, SamFrame frame) {
        return PromptTensors.sam1(prompt, frame);
    }

    @Override
    public PromptTensors point(double x, double y, SamFrame frame) {
        return new PromptTensors(new float[] {frame.mapX(x), frame.mapY(y), 0, 0},
                new float[] {PromptTensors.POSITIVE, PromptTensors.PADDING}, 2);
    }

    @Override
    public int[] candidateTokens(int masks, int pointCount) {
        return sam1CandidateTokens(masks, pointCount);
    }

    @Override
    public Bound bind(Embedding embedding, SamFrame frame) {
        OnnxTensor tensor = embeddingTensor(embedding);
        Outputs pinned = outputs(frame);
        return new Bound() {
            @Override
            public DecoderOutput decode(PromptTensors prompt, float[] maskInput) {
                return SamDecoder.this.decode(tensor, prompt, maskInput, frame, pinned);
            }

            @Override
            public void close() {
                tensor.close();
            }
        };
    }

    /**
     * Which of M decoder outputs are the candidates for a prompt of {@code pointCount} points (padding point and
     * box corners included): SAM's three ambiguity masks (tokens 1–3) when the prompt is one click or a box
     * alone, its single-mask output (token 0) otherwise — the rule of SAM's {@code --return-single-mask} export
     * (§1.4.3), so a four-mask and a single-mask decoder answer alike.
     */
    public static int[] sam1CandidateTokens(int masks, int pointCount) {
        if (masks == 4) {
            return pointCount <= 2 ? new int[] {1, 2, 3} : new int[] {0};
        }
        int[] all = new int[masks];
        for (int i = 0; i < masks; i++) {
            all[i] = i;
        }
        return all;
    }

    /**
     * The embedding as a tensor in native memory, made once per session so a click does not copy 4 MB into
     * ONNX Runtime; the caller closes it.
     */
    public static OnnxTensor embeddingTensor(Embedding embedding) {
        Embedding.Feature e = embedding.feature(SamEncoder.EMBEDDING);
        FloatBuffer buffer = direct(e.values().length).put(e.values()).flip();
        try {
            return OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), buffer, e.shape());
        } catch (OrtException ex) {
            throw new IllegalStateException("cannot make a tensor of the image embedding", ex);
        }
    }

    /**
     * The runtime's tensors for one prompt (shared by the session path and the benchmark); {@code embedding}
     * from {@link #embeddingTensor}, owned by the caller: closing the map's tensors must skip it.
     */
    public Map<String, OnnxTensor> inputs(OnnxTensor embedding, PromptTensors prompt, float[] maskInput,
                                          SamFrame frame) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            prompt.putInto(in, maskInput);
            in.put("orig_im_size", OnnxTensor.createTensor(env,
                    FloatBuffer.wrap(new float[] {frame.height(), frame.width()}), new long[] {2}));
            in.put("image_embeddings", embedding);
            return in;
        } catch (OrtException | RuntimeException ex) {
            in.values().forEach(OnnxTensor::close);
            throw ex;
        }
    }

    private static void closeAllBut(Map<String, OnnxTensor> tensors, OnnxTensor kept) {
        if (tensors != null) {
            tensors.values().stream().filter(t -> t != kept).forEach(OnnxTensor::close);
        }
    }

    /**
     * One decoder run; {@code maskInput} null on a first click, else the previous low-res logits; {@code pinned}
     * from {@link #outputs} for this frame, or null. The returned masks live in {@code pinned} until its next use.
     */
    public DecoderOutput decode(OnnxTensor embedding, PromptTensors prompt, float[] maskInput, SamFrame frame,
                                Outputs pinned) {
        if (pinned != null && pinned.frame().equals(frame)) {
            return decodeInto(embedding, prompt, maskInput, frame, pinned);
        }
        Map<String, OnnxTensor> in = null;
        try {
            in = inputs(embedding, prompt, maskInput, frame);
            try (OrtSession.Result result = model().session().run(in)) {
                OnnxTensor masks = (OnnxTensor) (extraMetrics ? result.get(0) : result.get("masks").orElseThrow());
                OnnxTensor scores = (OnnxTensor) (extraMetrics ? result.get(1)
                        : result.get("iou_predictions").orElseThrow());
                OnnxValue low = extraMetrics ? result.get(4) : result.get("low_res_masks").orElseThrow();
                long[] shape = masks.getInfo().getShape();
                if (shape.length != 4 || shape[2] != frame.height() || shape[3] != frame.width()) {
                    throw new InvalidInputException("The SAM decoder " + model().file() + " returned masks of shape "
                            + java.util.Arrays.toString(shape) + " for a " + frame.width() + "x" + frame.height()
                            + " plate; a SAM v1 decoder returns [1, M, height, width].");
                }
                FloatBuffer scoreBuffer = scores.getFloatBuffer();
                float[] s = new float[scoreBuffer.remaining()];
                scoreBuffer.get(s);
                FloatBuffer lowBuffer = ((OnnxTensor) low).getFloatBuffer();
                float[] lowRes = new float[lowBuffer.remaining()];
                lowBuffer.get(lowRes);
                return new DecoderOutput((int) shape[1], frame.width(), frame.height(), masks.getFloatBuffer(), s,
                        lowRes);
            }
        } catch (OrtException e) {
            throw failure(e);
        } finally {
            closeAllBut(in, embedding);
        }
    }

    private DecoderOutput decodeInto(OnnxTensor embedding, PromptTensors prompt, float[] maskInput, SamFrame frame,
                                     Outputs pinned) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int m = pinned.count();
        Map<String, OnnxTensor> in = null;
        Map<String, OnnxTensor> out = new HashMap<>();
        try {
            in = inputs(embedding, prompt, maskInput, frame);
            out.put("masks", OnnxTensor.createTensor(env, pinned.masks().clear(),
                    new long[] {1, m, frame.height(), frame.width()}));
            out.put("iou_predictions", OnnxTensor.createTensor(env, pinned.scores().clear(), new long[] {1, m}));
            out.put("low_res_masks", OnnxTensor.createTensor(env, pinned.lowRes().clear(),
                    new long[] {1, m, DecoderOutput.LOW_RES, DecoderOutput.LOW_RES}));
            try (OrtSession.Result ignored = model().session().run(in, new HashMap<>(out))) {
                float[] scores = new float[m];
                pinned.scores().get(0, scores);
                float[] lowRes = new float[pinned.lowRes().capacity()];
                pinned.lowRes().get(0, lowRes);
                return new DecoderOutput(m, frame.width(), frame.height(), pinned.masks(), scores, lowRes);
            }
        } catch (OrtException e) {
            throw failure(e);
        } finally {
            closeAllBut(in, embedding);
            out.values().forEach(OnnxTensor::close);
        }
    }

    private InvalidInputException failure(OrtException e) {
        return runFailure("the SAM decoder", "", e, "it must follow the " + Contract.SAM1_DECODER.label()
                + " contract: " + Contract.SAM1_DECODER.description());
    }
}
