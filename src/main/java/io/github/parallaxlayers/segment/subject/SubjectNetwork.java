package io.github.parallaxlayers.segment.subject;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.onnx.Contract;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.OnnxNetwork;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.Embedding;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.PixelHash;
import io.github.parallaxlayers.segment.semantic.NetworkInput;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/**
 * IS-Net (DIS, Qin et al., ECCV 2022) on the {@code isnet-1024} contract: the plate resized to 1024×1024 (aspect
 * not kept), NCHW RGB with value = v/255 − 0.5, one run, and of the network's many outputs only {@code output},
 * the subject probability at 1024×1024. The map is kept per plate in an {@link EmbeddingCache} (key: pixel hash and
 * model sha256), so the network runs once per plate however many masks or clicks follow.
 */
public final class SubjectNetwork extends OnnxNetwork {
    public static final int SIZE = 1024;
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    private static final long[] INPUT_SHAPE = {1, 3, SIZE, SIZE};
    private static final long[] OUTPUT_SHAPE = {1, 1, SIZE, SIZE};

    private final EmbeddingCache cache;
    private final CacheMode cacheMode;

    /** @throws InvalidInputException when the session's model does not follow the IS-Net contract */
    public SubjectNetwork(ModelSession model, EmbeddingCache cache, CacheMode cacheMode) {
        super(model, "a subject mask (e.g. the isnet-general-use model)", Contract.ISNET_1024);
        this.cache = cache;
        this.cacheMode = cacheMode;
    }

    public EmbeddingCache cache() {
        return cache;
    }

    /** The device fall-back of a network made on first use: known once it was opened, empty before. */
    static String fallbackOnceOpened(io.github.parallaxlayers.core.Lazy<SubjectNetwork> network) {
        SubjectNetwork made = network.ifMade();
        return made == null ? "" : made.model().fallback();
    }

    /** The subject map of a plate: from the cache, or one network run. */
    public SubjectMap map(Plate plate, ProgressListener progress) {
        String key = EmbeddingCache.key(PixelHash.of(plate), model().sha256()) + "-subject";
        Embedding stored = cache.get(key, cacheMode, () -> {
            progress.progress(0, "Subject: preparing the network input");
            FloatBuffer input = input(plate);
            progress.checkCancelled();
            progress.progress(0.1, "Subject: running IS-Net on " + model().device().label());
            float[] output = run(input);
            return new Embedding(List.of(new Embedding.Feature(OUTPUT, OUTPUT_SHAPE, output)));
        });
        progress.checkCancelled();
        return SubjectMap.normalised(stored.feature(OUTPUT).values(), SIZE);
    }

    /**
     * The network input of a plate in this thread's pinned buffer: 1 × 3 × 1024 × 1024 floats, v/255 − 0.5
     * (16- and 32-bit plates scaled by their minimum–maximum first, as for every network of the project).
     */
    public static FloatBuffer input(Plate plate) {
        float[] rgb = NetworkInput.rgb255(plate, SIZE);
        FloatBuffer buffer = BUFFERS.get()[0].clear();
        int plane = SIZE * SIZE;
        float[] channel = new float[plane];
        for (int c = 0; c < 3; c++) {
            for (int i = 0, j = c; i < plane; i++, j += 3) {
                channel[i] = rgb[j] / 255f - 0.5f;
            }
            buffer.put(channel);
        }
        return buffer.flip();
    }

    /**
     * Native buffers, one pair per thread: the output is pinned, so ONNX Runtime writes the 4 MB map straight into
     * it, and only {@code output} is asked for, so the side outputs are never copied out.
     */
    private static final ThreadLocal<FloatBuffer[]> BUFFERS = ThreadLocal.withInitial(() -> new FloatBuffer[] {
            direct(3 * SIZE * SIZE), direct(SIZE * SIZE)});

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** One bare run on a prepared input: the 1024×1024 map as the network gives it (sigmoid applied). */
    public float[] run(FloatBuffer input) {
        FloatBuffer out = BUFFERS.get()[1].clear();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor inputTensor = OnnxTensor.createTensor(environment, input, INPUT_SHAPE);
             OnnxTensor outputTensor = OnnxTensor.createTensor(environment, out, OUTPUT_SHAPE);
             OrtSession.Result ignored = model().session().run(Map.of(INPUT, inputTensor),
                     Map.of(OUTPUT, outputTensor))) {
            float[] map = new float[SIZE * SIZE];
            out.get(0, map);
            return map;
        } catch (OrtException e) {
            throw runFailure("the IS-Net model", "", e,
                    "the model must map input [1, 3, 1024, 1024] to output [1, 1, 1024, 1024]");
        }
    }
}
