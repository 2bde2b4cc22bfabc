package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;

/**
 * Point-prompted Segment Anything (SAM v1 / MobileSAM contract). Opening a session encodes the plate once —
 * or takes its embedding from the cache, keyed by the pixels and the encoder's sha256 — and every prompt
 * afterwards runs only the decoder.
 */
public record SamSegmenter(SamModel model, SamSettings settings) implements Segmenter {
    @Override
    public String id() {
        return model.id();
    }

    @Override
    public String fallback() {
        return model.fallback();
    }

    /** A session on the whole plate, or with {@code crop_to_prompts} one that encodes a crop per prompt. */
    @Override
    public SegmentationSession open(Plate plate, ProgressListener progress) {
        return settings.cropToPrompts() ? new CropToPromptsSession(this, plate) : openWhole(plate, progress);
    }

    /** A session on the whole plate: the plate is encoded (or found in the cache) now. */
    public SamSession openWhole(Plate plate, ProgressListener progress) {
        progress.progress(0, "Segment Anything: preparing the image");
        String key = EmbeddingCache.key(PixelHash.of(plate), model.encoder().model().sha256());
        progress.checkCancelled();
        Embedding embedding = settings.cache().get(key, settings.cacheMode(), () -> {
            progress.progress(0.1, "Segment Anything: encoding the image on " + model.deviceLabel());
            return model.encoder().encode(plate);
        });
        progress.progress(1, "Segment Anything: image encoded");
        return new SamSession(model.decoder(), model.encoder().frame(plate.width(), plate.height()), embedding,
                settings.multimask());
    }
}
