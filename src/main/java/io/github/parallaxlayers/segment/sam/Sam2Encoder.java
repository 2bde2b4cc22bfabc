package io.github.parallaxlayers.segment.sam;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SAM 2 / 2.1 image encoder as samexporter exports it (model-contracts.md §3.1–3.2): the plate stretched to
 * 1024 × 1024 (no aspect, no padding), ImageNet-normalised on 0–1, input {@code image [1,3,1024,1024]}; outputs
 * {@code high_res_feats_0 [1,32,256,256]}, {@code high_res_feats_1 [1,64,128,128]}, {@code image_embed
 * [1,256,64,64]}. The resize is the antialiased bilinear of SAM v1's path; samexporter's runtime uses OpenCV's
 * bilinear without antialiasing (model-contracts.md §3.1) — the difference is small and UNCONFIRMED in effect.
 */
public final class Sam2Encoder extends OnnxNetwork implements ImageEncoder {
    static final String[] FEATURES = {"high_res_feats_0", "high_res_feats_1", "image_embed"};


    public Sam2Encoder(ModelSession model) {
        super(model, "a SAM 2 image encoder", Contract.SAM2_ENCODER);
    }

    @Override
    public SamFrame frame(int width, int height) {
        return SamFrame.stretched(width, height);
    }

    @Override
    public Embedding encode(Plate plate) {
        float[] input = EncoderImage.stretched(plate).imagenetNormalised();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input),
                new long[] {1, 3, SamFrame.SIDE, SamFrame.SIDE});
             OrtSession.Result result = model().session().run(Map.of("image", tensor))) {
            List<Embedding.Feature> features = new ArrayList<>();
            for (String name : FEATURES) {
                OnnxTensor out = (OnnxTensor) result.get(name).orElseThrow();
                FloatBuffer buffer = out.getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                features.add(new Embedding.Feature(name, out.getInfo().getShape(), values));
            }
            return new Embedding(features);
        } catch (OrtException e) {
            throw runFailure("the SAM 2 encoder", "", e, "it must take image [1,3,1024,1024]");
        }
    }
}
