package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.fill.learned.HighResStrategy;
import io.github.parallaxlayers.onnx.Device;

/**
 * The fill choice of the filling commands: {@code backend=}, and for the learned backends {@code device=},
 * {@code strategy=} and {@code model_file=}. Builds through the one factory, {@link FillBackend}.
 */
final class FillOptions {
    private final Option<FillBackend> backend;
    private final Option<Device> device;
    private final Option<HighResStrategy> strategy;
    private final Option<String> modelFile;

    private FillOptions(Option<FillBackend> backend, Option<Device> device, Option<HighResStrategy> strategy,
                        Option<String> modelFile) {
        this.backend = backend;
        this.device = device;
        this.strategy = strategy;
        this.modelFile = modelFile;
    }

    /** Declares backend, device, strategy and model_file, in that order. */
    static FillOptions declare(CommandOptions options) {
        return new FillOptions(options.choice("backend", FillBackend.class, FillBackend.PATCH),
                options.choice("device", Device.class, Device.AUTO),
                options.choice("strategy", HighResStrategy.class, HighResStrategy.CROP),
                options.text("model_file", ""));
    }

    /** The backend option, for a command that places one of its own options right after it. */
    Option<FillBackend> backend() {
        return backend;
    }

    Inpainter inpainter() {
        return backend.get().create(modelFile.get(), device.get(), strategy.get());
    }
}
