package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.subject.SubjectModels;

import java.util.function.Supplier;

/**
 * The segmenters a command can use, by their stable option labels ({@code backend=}), and the one factory of
 * click segmenters and SAM models ({@link #create(String, Device, SamSettings)}, {@link #samModel}) used by
 * Point Mask, the Point Mask Tool, Automatic Masks, Auto Layers and {@code evaluate}. The SAM backends use the
 * registered model of the same id from the model store (a missing model gives the store's message naming the
 * download command); {@code model_file=} names SAM files of one's own instead.
 */
public enum SegmenterBackend implements Labeled {
    /** The embedded graph-cut click segmenter: no download needed. */
    CLASSIC(null, ClassicSegmenter::new),
    /** Geodesic distance from the clicks: a fast, simple baseline. */
    GEODESIC(null, GeodesicSegmenter::new),
    /** The classic graph cut with the IS-Net subject probability as a prior weighted by the clicks. */
    HYBRID(null, () -> SubjectModels.segmenter(true, "", Device.AUTO, CacheMode.MEMORY)),
    /** The IS-Net subject mask alone, clicks ignored: the zero-click baseline. */
    SUBJECT(null, () -> SubjectModels.segmenter(false, "", Device.AUTO, CacheMode.MEMORY)),
    /** MobileSAM (TinyViT encoder, SAM decoder): SAM's interface at a fraction of the encoder time. */
    MOBILE_SAM,
    SAM_VIT_B,
    SAM_VIT_L,
    SAM_VIT_H,
    /** SAM 2 Hiera tiny (samexporter export); contract details marked UNCONFIRMED in docs/sam.md. */
    SAM2_HIERA_TINY;

    private final String modelId;
    private final Supplier<Segmenter> factory;

    SegmenterBackend(String modelId, Supplier<Segmenter> factory) {
        this.modelId = modelId;
        this.factory = factory;
    }

    /** A SAM backend whose model is the registry entry with the same id. */
    SegmenterBackend() {
        this.modelId = label();
        this.factory = null;
    }

    /** The model registry id of a SAM backend, or null for the embedded and subject-network segmenters. */
    public String modelId() {
        return modelId;
    }

    /** Whether the backend runs the subject network ({@code hybrid}, {@code subject}): it takes an IS-Net model_file. */
    public boolean usesSubjectNetwork() {
        return this == HYBRID || this == SUBJECT;
    }

    /** The segmenter with the defaults: the registered model on {@code device=auto}, default SAM settings. */
    public Segmenter create() {
        return create("", Device.AUTO, SamSettings.defaults());
    }

    /**
     * The segmenter for this backend, or the SAM model in {@code modelFile} (for the SAM backends and plain
     * {@code classic}, which then means "the SAM model in the file"); {@code hybrid} and {@code subject} take an
     * IS-Net file as {@code modelFile} (else the installed model), with {@code device} and the cache mode.
     *
     * @param device and {@code sam} are used by SAM models only
     */
    public Segmenter create(String modelFile, Device device, SamSettings sam) {
        if (usesSubjectNetwork()) {
            return SubjectModels.segmenter(this == HYBRID, modelFile, device, sam.cacheMode());
        }
        if (modelId == null && blank(modelFile)) {
            return factory.get();
        }
        return new SamSegmenter(samModel(modelFile, device), sam);
    }

    /**
     * The SAM model this backend names: the file(s) in {@code modelFile} when given, else the registered model.
     * A backend that is no SAM model ({@code geodesic}, or {@code classic} without a file) is refused.
     */
    public SamModel samModel(String modelFile, Device device) {
        if (!blank(modelFile)) {
            if (modelId == null && this != CLASSIC) {
                throw new InvalidInputException("model_file= gives a SAM model, but backend=" + label() + " takes "
                        + "none: use backend=mobile-sam (or another SAM backend), or leave model_file empty.");
            }
            return SamModels.fromFiles(modelFile, device);
        }
        if (modelId == null) {
            throw new InvalidInputException("backend=" + label() + " is not a Segment Anything model: give a SAM "
                    + "backend (mobile-sam, sam-vit-b, sam-vit-l, sam-vit-h, sam2-hiera-tiny) or model_file= with "
                    + "SAM files of your own.");
        }
        return SamModels.registered(modelId, device);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A new segmenter for the backend with this label, or null when no backend has it. */
    public static Segmenter resolve(String label) {
        for (SegmenterBackend backend : values()) {
            if (backend.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return backend.create();
            }
        }
        return null;
    }
}
