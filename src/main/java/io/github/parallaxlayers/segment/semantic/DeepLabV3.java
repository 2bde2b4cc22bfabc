package io.github.parallaxlayers.segment.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Semantic segmentation with DeepLabV3 (MobileNetV2, PASCAL VOC, 257×257; ../shared/models MODEL.md): the plate
 * is resized to 257×257 RGB NHWC with v/127.5 − 1, the network gives 257×257×21 logits, which are resized
 * bilinearly to the plate's size and arg-maxed into a label image.
 */
public final class DeepLabV3 extends OnnxNetwork {
    public static final int SIZE = 257;
    public static final int CLASSES = VocClasses.COUNT;

    private final String inputName;
    private final String outputName;

    /** @throws InvalidInputException when the session's model does not follow the DeepLabV3 contract */
    public DeepLabV3(ModelSession model) {
        super(model, "Semantic Mask", Contract.DEEPLABV3_VOC_257);
        ModelSignature signature = signature();
        this.inputName = signature.inputs().get(0).name();
        this.outputName = signature.outputs().get(0).name();
    }

    /** The network input for a plate: 257 × 257 × 3 floats, NHWC. */
    public static float[] input(Plate plate) {
        return NetworkInput.nhwc(plate, SIZE);
    }

    /**
     * Native buffers the network reads from and writes into, one pair per thread: the output is pinned, so ONNX
     * Runtime writes the 5.5 MB of logits straight into it instead of allocating and copying a result tensor.
     */
    private static final ThreadLocal<FloatBuffer[]> BUFFERS = ThreadLocal.withInitial(() -> new FloatBuffer[] {
            direct(SIZE * SIZE * 3), direct(SIZE * SIZE * CLASSES)});

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** One run of the network: 257 × 257 × 21 logits, NHWC. */
    public float[] logits(float[] input) {
        if (input.length != SIZE * SIZE * 3) {
            throw new IllegalArgumentException("input must hold 257*257*3 values");
        }
        FloatBuffer[] buffers = BUFFERS.get();
        FloatBuffer in = buffers[0].clear().put(input).flip();
        FloatBuffer out = buffers[1].clear();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor inputTensor = OnnxTensor.createTensor(environment, in, new long[] {1, SIZE, SIZE, 3});
             OnnxTensor outputTensor = OnnxTensor.createTensor(environment, out,
                     new long[] {1, SIZE, SIZE, CLASSES});
             OrtSession.Result ignored = model().session().run(Map.of(inputName, inputTensor),
                     Map.of(outputName, outputTensor))) {
            float[] logits = new float[SIZE * SIZE * CLASSES];
            out.get(0, logits);
            return logits;
        } catch (OrtException e) {
            throw runFailure("the DeepLabV3 model", "", e, "the model must output [1, 257, 257, 21] class scores");
        }
    }

    /** The label image of a plate, at the plate's size. */
    public LabelImage labels(Plate plate, ProgressListener progress) {
        progress.progress(0, "Semantic Mask: preparing the network input");
        float[] input = input(plate);
        progress.checkCancelled();
        progress.progress(0.1, "Semantic Mask: running DeepLabV3 on " + model().device().label());
        float[] logits = logits(input);
        progress.checkCancelled();
        progress.progress(0.8, "Semantic Mask: resizing to " + plate.width() + "x" + plate.height());
        LabelImage labels = labels(logits, plate.width(), plate.height(), progress);
        progress.progress(1, "Semantic Mask: done");
        return labels;
    }

    /** Logits of one run resized to width × height (bilinear) and arg-maxed. */
    public static LabelImage labels(float[] logits, int width, int height, ProgressListener progress) {
        return new LabelImage(width, height,
                LogitUpsampler.labels(logits, SIZE, SIZE, CLASSES, width, height, progress));
    }
}
