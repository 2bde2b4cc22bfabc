package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.onnx.ModelSession;

import java.util.concurrent.atomic.AtomicInteger;

/** LaMa whose network passes are counted, so a benchmark can subtract exactly as many bare runs from a fill's time. */
public final class CountingLama {
    private final AtomicInteger runs = new AtomicInteger();
    private final LearnedInpainter inpainter;

    public CountingLama(ModelSession model, HighResStrategy strategy) {
        LamaNetwork lama = new LamaNetwork(model);
        InpaintingNetwork counted = new InpaintingNetwork() {
            @Override
            public String id() {
                return lama.id();
            }

            @Override
            public String describe() {
                return lama.describe();
            }

            @Override
            public ModelSession model() {
                return lama.model();
            }

            @Override
            public int fixedSize() {
                return lama.fixedSize();
            }

            @Override
            public RgbImage run(RgbImage image, byte[] hole) {
                runs.incrementAndGet();
                return lama.run(image, hole);
            }
        };
        inpainter = new LearnedInpainter(counted, strategy, LearnedInpainter.DEFAULT_MARGIN);
    }

    public LearnedInpainter inpainter() {
        return inpainter;
    }

    /** Network passes since the last call. */
    public int takeRuns() {
        return runs.getAndSet(0);
    }
}
