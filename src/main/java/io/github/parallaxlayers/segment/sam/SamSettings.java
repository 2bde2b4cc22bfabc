package io.github.parallaxlayers.segment.sam;

import java.util.Objects;

/** How a SAM segmenter chooses among candidate masks and where it keeps embeddings. */
public record SamSettings(Multimask multimask, CacheMode cacheMode, EmbeddingCache cache) {

    public SamSettings {
        Objects.requireNonNull(multimask);
        Objects.requireNonNull(cacheMode);
        Objects.requireNonNull(cache);
    }

    public static SamSettings defaults() {
        return new SamSettings(Multimask.BEST, CacheMode.MEMORY, EmbeddingCache.shared());
    }
}
