package io.github.parallaxlayers.fill;

import java.util.List;

/**
 * What the fill's search is guided by (docs/fill.md): the lines through the plate's vanishing points, and the straight
 * edges that run into the hole, continued across it. Both come from the straight edges of the known part of the
 * finest level, in its pixels; {@link #at} gives them in a coarser level's.
 */
record StructureGuide(VanishingDirections points, ContinuedEdges edges) {
    static final StructureGuide NONE = new StructureGuide(VanishingDirections.NONE, ContinuedEdges.NONE);

    /**
     * Straight edges shorter than this share of the plate's short side (and than 10 px) are not counted: short
     * ones are mostly texture and their directions are too uncertain to meet at a point or to carry on.
     */
    private static final double MIN_EDGE_SHARE = 1 / 40.0;

    /** The guide of the known part of {@code finest} (its colour channels only). */
    static StructureGuide of(PatchLevel finest) {
        // The finest level carries the texture channels after the colours (TextureFeatures).
        float[] luma = TextureFeatures.luma(finest.image, finest.size(), finest.channels,
                finest.channels - TextureFeatures.CHANNELS);
        double minLength = Math.max(10, Math.min(finest.width, finest.height) * MIN_EDGE_SHARE);
        List<StraightEdges.Segment> edges =
                StraightEdges.find(luma, finest.hole, finest.width, finest.height, minLength);
        return new StructureGuide(VanishingDirections.find(edges, finest.width, finest.height, 1),
                ContinuedEdges.find(edges, finest.hole, finest.width, finest.height));
    }

    /**
     * The same guide on {@code level}, which is {@code factor} times the finest level's size; a continued edge
     * reaches the targets within a patch radius of it.
     */
    StructureGuide at(PatchLevel level, double factor) {
        return new StructureGuide(points.scaled(factor), edges.scaled(factor, level.radius));
    }
}
