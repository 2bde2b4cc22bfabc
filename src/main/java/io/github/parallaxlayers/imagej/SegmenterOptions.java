package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;

/**
 * The segmenter choice of every segmenting command: {@code backend=}, {@code model_file=} (SAM files of one's
 * own) and {@code device=}. Builds through the one factory, {@link SegmenterBackend}.
 */
final class SegmenterOptions {
    private final Option<SegmenterBackend> backend;
    private final Option<String> modelFile;
    private final Option<Device> device;

    private SegmenterOptions(Option<SegmenterBackend> backend, Option<String> modelFile, Option<Device> device) {
        this.backend = backend;
        this.modelFile = modelFile;
        this.device = device;
    }

    /** Declares backend (with {@code defaultBackend}), model_file and device, in that order. */
    static SegmenterOptions declare(CommandOptions options, SegmenterBackend defaultBackend) {
        return declare(options, defaultBackend, "", Device.AUTO);
    }

    /** The same with other defaults: the Point Mask Tool offers its current settings. */
    static SegmenterOptions declare(CommandOptions options, SegmenterBackend backend, String modelFile,
                                    Device device) {
        return new SegmenterOptions(options.choice("backend", SegmenterBackend.class, backend),
                options.text("model_file", modelFile), options.choice("device", Device.class, device));
    }

    /** The chosen segmenter; {@code sam} applies when it is a SAM model. */
    Segmenter segmenter(SamSettings sam) {
        return backend.get().create(modelFile.get(), device.get(), sam);
    }

    /**
     * The chosen SAM model's segmenter giving every candidate (what automatic mask generation needs), embeddings
     * in the shared memory cache; a backend that is no SAM model is refused with one line.
     */
    SamSegmenter everyCandidateSegmenter() {
        return new SamSegmenter(backend.get().samModel(modelFile.get(), device.get()),
                new SamSettings(Multimask.ALL, CacheMode.MEMORY, EmbeddingCache.shared()));
    }

    SegmenterBackend backend() {
        return backend.get();
    }

    String modelFile() {
        return modelFile.get();
    }

    Device device() {
        return device.get();
    }
}
