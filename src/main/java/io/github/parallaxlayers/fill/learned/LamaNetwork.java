package io.github.parallaxlayers.fill.learned;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.ModelSignature;
import io.github.parallaxlayers.onnx.OnnxNetwork;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * LaMa (model-contracts.md §5): {@code image} float32 [batch,3,H,W] RGB 0–1 and {@code mask} float32
 * [batch,1,H,W] with 1 = hole → {@code output} float32 [batch,3,H,W] RGB 0–255, composited. The Carve export is
 * fixed at 512 × 512 (§5.1); a dynamic-shape export gets H and W padded at the bottom and right to a multiple of 8
 * with numpy's {@code symmetric} mirror (row H + k copies row H − 1 − k) and the output cropped back (§5.2).
 */
final class LamaNetwork extends OnnxNetwork implements InpaintingNetwork {
    static final int FIXED_SIZE = 512;
    static final int MODULO = 8;

    private final int fixedSize;

    LamaNetwork(ModelSession model) {
        super(model, "backend=lama", Contract.LAMA_512);
        ModelSignature signature = signature();
        ModelSignature.Port image = signature.input("image");
        boolean fixed = image.dim(2) > 0 || image.dim(3) > 0;
        if (fixed && (image.dim(2) != FIXED_SIZE || image.dim(3) != FIXED_SIZE)) {
            throw new InvalidInputException("The LaMa model " + model().file() + " declares image " + image
                    + "; only the fixed 512x512 export and exports with dynamic height and width are supported.");
        }
        this.fixedSize = fixed ? FIXED_SIZE : 0;
    }

    @Override
    public String id() {
        return "lama";
    }

    @Override
    public String describe() {
        return "lama (" + model().file().getFileName() + (fixedSize > 0 ? ", fixed 512x512" : ", dynamic size") + ")";
    }

    @Override
    public int fixedSize() {
        return fixedSize;
    }

    /** Padded size of a side: fixed, or the next multiple of 8. */
    int padded(int side) {
        return fixedSize > 0 ? fixedSize : (side + MODULO - 1) / MODULO * MODULO;
    }

    /** numpy {@code mode='symmetric'}: mirror including the edge sample, repeated for pads longer than the side. */
    static int mirror(int i, int n) {
        int r = i % (2 * n);
        return r < n ? r : 2 * n - 1 - r;
    }

    @Override
    public RgbImage run(RgbImage image, byte[] hole) {
        int w = image.width();
        int h = image.height();
        if (fixedSize > 0 && (w != fixedSize || h != fixedSize)) {
            throw new IllegalArgumentException("the fixed LaMa model takes 512x512, got " + w + "x" + h);
        }
        int pw = padded(w);
        int ph = padded(h);
        int plane = pw * ph;
        Scratch scratch = scratch(3 * plane, plane);
        float[] imageValues = scratch.image;
        float[] maskValues = scratch.mask;
        int[] sourceColumn = new int[pw];
        for (int x = 0; x < pw; x++) {
            sourceColumn[x] = mirror(x, w);
        }
        float[][] c = image.channels();
        for (int y = 0; y < ph; y++) {
            int src = mirror(y, h) * w;
            int dst = y * pw;
            for (int x = 0; x < pw; x++) {
                int s = src + sourceColumn[x];
                imageValues[dst + x] = c[0][s] / 255f;
                imageValues[plane + dst + x] = c[1][s] / 255f;
                imageValues[2 * plane + dst + x] = c[2][s] / 255f;
                maskValues[dst + x] = hole[s] != 0 ? 1f : 0f;
            }
        }
        FloatBuffer output = infer(scratch, pw, ph);
        RgbImage out = RgbImage.blank(w, h);
        for (int ch = 0; ch < 3; ch++) {
            float[] o = out.channels()[ch];
            for (int y = 0; y < h; y++) {
                output.get(ch * plane + y * pw, o, y * w, w);
            }
        }
        return out;
    }

    /** Runs the model on the scratch arrays; the result stays in the scratch's pinned output buffer. */
    private FloatBuffer infer(Scratch scratch, int pw, int ph) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        FloatBuffer in = scratch.imageBuffer.clear().put(scratch.image).flip();
        FloatBuffer mask = scratch.maskBuffer.clear().put(scratch.mask).flip();
        FloatBuffer out = scratch.outputBuffer.clear();
        try (OnnxTensor imageTensor = OnnxTensor.createTensor(environment, in, new long[] {1, 3, ph, pw});
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask, new long[] {1, 1, ph, pw});
             OnnxTensor outputTensor = OnnxTensor.createTensor(environment, out, new long[] {1, 3, ph, pw});
             OrtSession.Result ignored = model().session().run(Map.of("image", imageTensor, "mask", maskTensor),
                     Map.of("output", outputTensor))) {
            return out;
        } catch (OrtException e) {
            throw runFailure("the LaMa model", " on a " + pw + "x" + ph + " input", e,
                    "the model must map image [1,3,H,W] and mask [1,1,H,W] to output [1,3,H,W]");
        }
    }

    /**
     * Input arrays and native buffers reused per thread while the size stays the same: allocating (and zeroing)
     * 7 MB of direct memory and 4 MB of arrays per 512 × 512 call cost as much as the pre-processing itself.
     */
    private static final class Scratch {
        final float[] image;
        final float[] mask;
        final FloatBuffer imageBuffer;
        final FloatBuffer maskBuffer;
        final FloatBuffer outputBuffer;

        Scratch(int imageFloats, int maskFloats) {
            image = new float[imageFloats];
            mask = new float[maskFloats];
            imageBuffer = direct(imageFloats);
            maskBuffer = direct(maskFloats);
            outputBuffer = direct(imageFloats);
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    private static Scratch scratch(int imageFloats, int maskFloats) {
        Scratch s = SCRATCH.get();
        if (s == null || s.image.length != imageFloats) {
            s = new Scratch(imageFloats, maskFloats);
            SCRATCH.set(s);
        }
        return s;
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
