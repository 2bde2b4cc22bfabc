package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;

/**
 * The SAM model options of commands that need a SAM model whatever the user picks ({@code backend=} among the
 * SAM backends, {@code model_file=} for files of one's own, {@code device=}), as Point Mask reads them.
 */
final class SamModelOptions {
    private final Option<SegmenterBackend> backend;
    private final Option<String> modelFile;
    private final Option<Device> device;

    private SamModelOptions(Option<SegmenterBackend> backend, Option<String> modelFile, Option<Device> device) {
        this.backend = backend;
        this.modelFile = modelFile;
        this.device = device;
    }

    /** Declares backend (default mobile-sam), model_file and device; {@code prefix} keeps them apart from others. */
    static SamModelOptions declare(CommandOptions options, String prefix) {
        return new SamModelOptions(options.choice(prefix + "backend", SegmenterBackend.class,
                SegmenterBackend.MOBILE_SAM), options.text(prefix + "model_file", ""),
                options.choice(prefix + "device", Device.class, Device.AUTO));
    }

    /** The model file the user gave, or empty. */
    String modelFile() {
        return modelFile.get();
    }

    Device device() {
        return device.get();
    }

    /** The chosen model's segmenter (embeddings in the shared memory cache); a missing model stops with the store's message. */
    SamSegmenter segmenter() {
        SamModel model;
        if (!modelFile.get().isBlank()) {
            model = SamModels.fromFiles(modelFile.get(), device.get());
        } else if (backend.get().modelId() == null) {
            throw new InvalidInputException(backend.key() + "=" + backend.get().label() + " is not a Segment Anything "
                    + "model: give a SAM backend (mobile-sam, sam-vit-b, sam-vit-l, sam-vit-h, sam2-hiera-tiny) "
                    + "or " + modelFile.key() + "= with SAM files of your own.");
        } else {
            model = SamModels.registered(backend.get().modelId(), device.get());
        }
        return new SamSegmenter(model, new SamSettings(Multimask.ALL, CacheMode.MEMORY, EmbeddingCache.shared()));
    }
}
