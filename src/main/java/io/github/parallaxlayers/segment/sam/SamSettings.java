package io.github.parallaxlayers.segment.sam;

import java.util.Objects;

/**
 * How a SAM segmenter chooses among candidate masks, where it keeps embeddings, and whether it encodes a crop
 * around the prompts instead of the whole plate ({@link CropToPromptsSession}).
 */
public record SamSettings(Multimask multimask, CacheMode cacheMode, EmbeddingCache cache, boolean cropToPrompts) {

    public SamSettings(Multimask multimask, CacheMode cacheMode, EmbeddingCache cache) {
        this(multimask, cacheMode, cache, false);
    }

    public SamSettings {
        Objects.requireNonNull(multimask);
        Objects.requireNonNull(cacheMode);
        Objects.requireNonNull(cache);
    }

    public static SamSettings defaults() {
        return new SamSettings(Multimask.BEST, CacheMode.MEMORY, EmbeddingCache.shared());
    }
}
