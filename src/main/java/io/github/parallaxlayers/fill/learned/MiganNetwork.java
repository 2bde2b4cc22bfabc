package io.github.parallaxlayers.fill.learned;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * The MI-GAN ONNX pipeline (model-contracts.md §6.2): {@code image} uint8 [1,3,H,W] RGB and {@code mask} uint8
 * [1,1,H,W] with 255 = known and 0 = hole (the opposite of LaMa) → {@code result} uint8 [1,3,H,W], any size (the
 * graph crops around the hole and resizes to 512 itself). The output shape is read from the returned tensor,
 * since whether the file declares it is unconfirmed. Plates of more than 8 bits are quantised to 8 bits inside
 * the hole by this model's uint8 contract.
 */
final class MiganNetwork extends OnnxNetwork implements InpaintingNetwork {

    MiganNetwork(ModelSession model) {
        super(model, "backend=migan", Contract.MIGAN_PIPELINE);
    }

    @Override
    public String id() {
        return "migan";
    }

    @Override
    public String describe() {
        return "migan (" + model().file().getFileName() + ")";
    }

    @Override
    public int fixedSize() {
        return 0;
    }

    @Override
    public RgbImage run(RgbImage image, byte[] hole) {
        int w = image.width();
        int h = image.height();
        int plane = w * h;
        ByteBuffer imageBytes = ByteBuffer.allocateDirect(3 * plane);
        ByteBuffer maskBytes = ByteBuffer.allocateDirect(plane);
        float[][] c = image.channels();
        for (int ch = 0; ch < 3; ch++) {
            float[] values = c[ch];
            for (int i = 0; i < plane; i++) {
                imageBytes.put(ch * plane + i, (byte) Math.round(Math.max(0f, Math.min(255f, values[i]))));
            }
        }
        for (int i = 0; i < plane; i++) {
            maskBytes.put(i, hole[i] != 0 ? 0 : (byte) 255);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor imageTensor = OnnxTensor.createTensor(environment, imageBytes, new long[] {1, 3, h, w},
                OnnxJavaType.UINT8);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, maskBytes, new long[] {1, 1, h, w},
                     OnnxJavaType.UINT8);
             OrtSession.Result result = model().session().run(Map.of("image", imageTensor, "mask", maskTensor))) {
            OnnxTensor output = (OnnxTensor) result.get("result").orElseThrow();
            long[] shape = output.getInfo().getShape();
            if (!Arrays.equals(shape, new long[] {1, 3, h, w})) {
                throw new InvalidInputException("The MI-GAN model " + model().file() + " returned result "
                        + Arrays.toString(shape) + " for a " + w + "x" + h + " input; the pipeline must return "
                        + "[1, 3, " + h + ", " + w + "].");
            }
            ByteBuffer bytes = output.getByteBuffer();
            RgbImage out = RgbImage.blank(w, h);
            for (int ch = 0; ch < 3; ch++) {
                float[] o = out.channels()[ch];
                for (int i = 0; i < plane; i++) {
                    o[i] = bytes.get(ch * plane + i) & 0xff;
                }
            }
            return out;
        } catch (OrtException e) {
            throw runFailure("the MI-GAN model", " on a " + w + "x" + h + " input", e, null);
        }
    }
}
