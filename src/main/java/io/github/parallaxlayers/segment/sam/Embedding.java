package io.github.parallaxlayers.segment.sam;

import java.util.List;

/**
 * What an image encoder made of one plate: one or more named float tensors (SAM v1: {@code image_embeddings}
 * {@code [1,256,64,64]}), plus the frame the plate was encoded in. Never written after creation.
 */
public record Embedding(List<Feature> features) {

    public record Feature(String name, long[] shape, float[] values) {
    }

    public Embedding {
        features = List.copyOf(features);
    }

    public Feature feature(String name) {
        for (Feature f : features) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("the embedding has no feature " + name);
    }

    public long bytes() {
        long bytes = 0;
        for (Feature f : features) {
            bytes += (long) f.values().length * Float.BYTES + 64;
        }
        return bytes;
    }
}
