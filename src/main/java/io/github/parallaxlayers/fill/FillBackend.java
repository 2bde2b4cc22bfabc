package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.Labeled;

import java.util.function.Supplier;

/** The fill methods a command can use, by their stable option labels ({@code backend=}). */
public enum FillBackend implements Labeled {
    /** Exemplar-based multi-scale PatchMatch completion: continues textures. */
    PATCH("patch", PatchMatchInpainter::new),
    /** Telea's fast-marching diffusion: fast, for thin gaps. */
    TELEA("telea", TeleaInpainter::new);

    private final String label;
    private final Supplier<Inpainter> factory;

    FillBackend(String label, Supplier<Inpainter> factory) {
        this.label = label;
        this.factory = factory;
    }

    @Override
    public String label() {
        return label;
    }

    public Inpainter create() {
        return factory.get();
    }
}
