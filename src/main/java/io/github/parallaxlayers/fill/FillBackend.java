package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.fill.learned.HighResStrategy;
import io.github.parallaxlayers.fill.learned.LearnedModels;
import io.github.parallaxlayers.onnx.Device;

/** The fill methods a command can use, by their stable option labels ({@code backend=}). */
public enum FillBackend implements Labeled {
    /** Exemplar-based multi-scale PatchMatch completion: continues textures. */
    PATCH(false),
    /** Telea's fast-marching diffusion: fast, for thin gaps. */
    TELEA(false),
    /** LaMa through ONNX Runtime (registry model {@code lama}). */
    LAMA(true),
    /** The MI-GAN ONNX pipeline (registry model {@code migan}): much smaller and faster than LaMa. */
    MIGAN(true);

    private final boolean learned;

    FillBackend(boolean learned) {
        this.learned = learned;
    }

    /** Whether this backend runs a downloaded model (and so uses {@code device=} and {@code strategy=}). */
    public boolean learned() {
        return learned;
    }

    /** The fill with the defaults: device {@code auto}, strategy {@code crop}. */
    public Inpainter create() {
        return create(Device.AUTO, HighResStrategy.CROP);
    }

    /** @param device and strategy are used by the learned backends only */
    public Inpainter create(Device device, HighResStrategy strategy) {
        return create("", device, strategy);
    }

    /**
     * @param modelFile a local .onnx file for the learned backends instead of the registered model (empty for the
     *                  registry's); the embedded fills take none
     */
    public Inpainter create(String modelFile, Device device, HighResStrategy strategy) {
        boolean fromFile = modelFile != null && !modelFile.isBlank();
        if (fromFile && !learned) {
            throw new io.github.parallaxlayers.core.InvalidInputException("model_file= gives a learned model, but backend="
                    + label() + " takes none: use backend=lama or backend=migan, or leave model_file empty.");
        }
        return switch (this) {
            case PATCH -> new PatchMatchInpainter();
            case TELEA -> new TeleaInpainter();
            case LAMA -> LearnedModels.lama(modelFile, device, strategy);
            case MIGAN -> LearnedModels.migan(modelFile, device, strategy);
        };
    }
}
