package io.github.parallaxlayers.segment.sam;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ContractDetector;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * A SAM v1 / MobileSAM image encoder (model-contracts.md §1.3). The variant is read from the model's inputs:
 * {@code input_image [H, W, 3]} has the normalisation and padding in its graph and takes the resized image as it
 * is; {@code input_image [1, 3, 1024, 1024]} and labelme's {@code x [1, 3, 1024, 1024]} take it normalised and
 * padded. The embedding is the output {@code image_embeddings} (labelme: the first output), {@code [1,256,64,64]}.
 */
public final class SamEncoder extends OnnxNetwork implements ImageEncoder {
    public static final String EMBEDDING = "image_embeddings";

    private final Contract contract;
    private final String inputName;
    private final String outputName;

    public SamEncoder(ModelSession model) {
        super(model, "a SAM / MobileSAM image encoder",
                Contract.SAM1_ENCODER_HWC, Contract.SAM1_ENCODER_NCHW, Contract.SAM1_ENCODER_X);
        ModelSignature signature = signature();
        this.contract = ContractDetector.detect(signature, model().file().toString());
        this.inputName = signature.inputs().get(0).name();
        this.outputName = signature.hasOutputs(EMBEDDING) ? EMBEDDING : signature.outputs().get(0).name();
    }

    @Override
    public SamFrame frame(int width, int height) {
        return SamFrame.of(width, height);
    }

    @Override
    public Embedding encode(io.github.parallaxlayers.core.Plate plate) {
        return encode(EncoderImage.of(plate));
    }

    public Contract contract() {
        return contract;
    }

    /** The network input of an image: raw resized HWC, or normalised and padded NCHW, by variant. */
    public float[] input(EncoderImage image) {
        return contract == Contract.SAM1_ENCODER_HWC ? image.hwc() : image.normalisedPadded();
    }

    public long[] inputShape(EncoderImage image) {
        SamFrame f = image.frame();
        return contract == Contract.SAM1_ENCODER_HWC ? new long[] {f.resizedHeight(), f.resizedWidth(), 3}
                : new long[] {1, 3, SamFrame.SIDE, SamFrame.SIDE};
    }

    public Embedding encode(EncoderImage image) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor input = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input(image)),
                inputShape(image));
             OrtSession.Result result = model().session().run(Map.of(inputName, input), java.util.Set.of(outputName))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            FloatBuffer buffer = out.getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return new Embedding(List.of(new Embedding.Feature(EMBEDDING, shape, values)));
        } catch (OrtException e) {
            throw runFailure("the SAM encoder", "", e,
                    "it must take " + contract.description() + " and give an embedding [1,256,64,64]");
        }
    }
}
