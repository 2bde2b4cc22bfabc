package io.github.parallaxlayers.depth;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Monocular depth on the depth-single contract (../shared/docs/model-contracts.md §7). Depth Anything V2 (§7.1):
 * RGB / 255, resized bicubic so the shorter side is at least 518 and both sides are multiples of 14 (stretched to
 * the model's own size when its input size is fixed), ImageNet mean/std, NCHW; the [1, h, w] (or [1, 1, h, w])
 * output goes back to plate size bilinearly with align_corners = true. A model whose input is fixed at 256 × 256 is
 * taken as MiDaS v2.1 small (§7.3): stretched to 256 × 256 without mean/std, which its graph applies itself.
 * The result is relative inverse depth: larger = nearer, scale and shift unknown.
 */
public final class DepthNetwork extends OnnxNetwork {
    static final int LOWER_BOUND = 518;
    static final int MULTIPLE = 14;
    static final int MIDAS_SIZE = 256;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final String inputName;
    private final long fixedHeight;
    private final long fixedWidth;

    /** @throws InvalidInputException when the model does not follow the depth-single contract */
    public DepthNetwork(ModelSession model) {
        super(model, "Estimate Depth", Contract.DEPTH_SINGLE);
        ModelSignature signature = signature();
        ModelSignature.Port input = signature.inputs().get(0);
        this.inputName = input.name();
        this.fixedHeight = input.dim(2);
        this.fixedWidth = input.dim(3);
    }

    boolean isMidas() {
        return fixedHeight == MIDAS_SIZE && fixedWidth == MIDAS_SIZE;
    }

    /** {height, width} of the network input for a plate. */
    int[] inputSize(int plateHeight, int plateWidth) {
        if (fixedHeight > 0 && fixedWidth > 0) {
            return new int[] {(int) fixedHeight, (int) fixedWidth};
        }
        return DepthResampling.lowerBoundSize(plateHeight, plateWidth, LOWER_BOUND, MULTIPLE);
    }

    /** The NCHW network input: three planes of h × w floats. */
    float[] input(Plate plate, int h, int w) {
        float[][] rgb = plate.type() == PixelType.RGB ? plate.toChannels() : scaledTo255(plate);
        float[] out = new float[3 * h * w];
        boolean normalise = !isMidas();
        for (int c = 0; c < 3; c++) {
            float[] unit = rgb[c];
            for (int i = 0; i < unit.length; i++) {
                unit[i] /= 255f;
            }
            float[] resized = DepthResampling.bicubic(unit, plate.width(), plate.height(), w, h);
            float mean = normalise ? MEAN[c] : 0;
            float scale = normalise ? 1 / STD[c] : 1;
            int base = c * h * w;
            for (int i = 0; i < resized.length; i++) {
                out[base + i] = (resized[i] - mean) * scale;
            }
        }
        return out;
    }

    /** 0–255 by the plate's own range (as toUnitChannels): grey as three equal channels, 16-bit colour as its own. */
    private static float[][] scaledTo255(Plate plate) {
        float[][] unit = plate.toUnitChannels();
        for (float[] channel : unit) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= 255f;
            }
        }
        return unit.length == 3 ? unit : new float[][] {unit[0], unit[0].clone(), unit[0].clone()};
    }

    /** Relative inverse depth at plate size. */
    public DepthMap estimate(Plate plate, ProgressListener progress) {
        progress.progress(0, "preparing the network input");
        int[] size = inputSize(plate.height(), plate.width());
        int h = size[0];
        int w = size[1];
        float[] input = input(plate, h, w);
        progress.checkCancelled();
        progress.progress(0.1, "running the depth network on " + model().device().label());
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        float[] prediction;
        long[] shape;
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input),
                new long[] {1, 3, h, w});
             OrtSession.Result result = model().session().run(Map.of(inputName, tensor))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            shape = out.getInfo().getShape();
            FloatBuffer buffer = out.getFloatBuffer();
            prediction = new float[buffer.remaining()];
            buffer.get(prediction);
        } catch (OrtException e) {
            throw runFailure("the depth model", "", e,
                    "it must take [1, 3, H, W] and give [1, H', W'] relative inverse depth");
        }
        progress.checkCancelled();
        int outH = (int) shape[shape.length - 2];
        int outW = (int) shape[shape.length - 1];
        if (shape.length < 3 || (long) outH * outW != prediction.length) {
            throw new InvalidInputException("The depth model " + model().file() + " gave an output of shape "
                    + java.util.Arrays.toString(shape) + "; a depth model must give one map, [1, H, W] or "
                    + "[1, 1, H, W].");
        }
        progress.progress(0.9, "resizing to " + plate.width() + "x" + plate.height());
        float[] full = DepthResampling.bilinearAlignCorners(prediction, outW, outH, plate.width(), plate.height());
        progress.progress(1, "done");
        return new DepthMap(plate.width(), plate.height(), full);
    }
}
