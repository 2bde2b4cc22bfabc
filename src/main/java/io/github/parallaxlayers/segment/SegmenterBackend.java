package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.segment.classic.ClassicSegmenter;
import io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSettings;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.subject.SubjectModels;

import java.util.function.Supplier;

/**
 * The segmenters a command can use, by their stable option labels ({@code backend=}). The SAM backends use the
 * registered model of the same id from the model store (a missing model gives the store's message naming the
 * download command), on {@code device=auto} with the default settings; commands that take {@code device=},
 * {@code multimask=} or {@code cache=} build a {@link SamSegmenter} themselves from {@link #modelId()}.
 */
public enum SegmenterBackend implements Labeled {
    /** The embedded graph-cut click segmenter: no download needed. */
    CLASSIC("classic", null, ClassicSegmenter::new),
    /** Geodesic distance from the clicks: a fast, simple baseline. */
    GEODESIC("geodesic", null, GeodesicSegmenter::new),
    /** The classic graph cut with the IS-Net subject probability as a prior weighted by the clicks. */
    HYBRID("hybrid", null, () -> SubjectModels.segmenter(true, "", Device.AUTO, CacheMode.MEMORY)),
    /** The IS-Net subject mask alone, clicks ignored: the zero-click baseline. */
    SUBJECT("subject", null, () -> SubjectModels.segmenter(false, "", Device.AUTO, CacheMode.MEMORY)),
    /** MobileSAM (TinyViT encoder, SAM decoder): SAM's interface at a fraction of the encoder time. */
    MOBILE_SAM("mobile-sam"),
    SAM_VIT_B("sam-vit-b"),
    SAM_VIT_L("sam-vit-l"),
    SAM_VIT_H("sam-vit-h"),
    /** SAM 2 Hiera tiny (samexporter export); contract details marked UNCONFIRMED in docs/sam.md. */
    SAM2_HIERA_TINY("sam2-hiera-tiny");

    private final String label;
    private final String modelId;
    private final Supplier<Segmenter> factory;

    SegmenterBackend(String label, String modelId, Supplier<Segmenter> factory) {
        this.label = label;
        this.modelId = modelId;
        this.factory = factory;
    }

    /** A SAM backend whose model is the registry entry with the same id. */
    SegmenterBackend(String label) {
        this(label, label, () -> new SamSegmenter(SamModels.registered(label, Device.AUTO), SamSettings.defaults()));
    }

    @Override
    public String label() {
        return label;
    }

    /** The model registry id of a SAM backend, or null for the embedded and subject-network segmenters. */
    public String modelId() {
        return modelId;
    }

    /** Whether the backend runs the subject network ({@code hybrid}, {@code subject}): it takes an IS-Net model_file. */
    public boolean usesSubjectNetwork() {
        return this == HYBRID || this == SUBJECT;
    }

    public Segmenter create() {
        return factory.get();
    }

    /** A new segmenter for the backend with this label, or null when no backend has it. */
    public static Segmenter resolve(String label) {
        for (SegmenterBackend backend : values()) {
            if (backend.label.equalsIgnoreCase(label == null ? "" : label.trim())) {
                return backend.create();
            }
        }
        return null;
    }
}
