/**
 * The embedded graph-cut click segmenter ({@link io.github.parallaxlayers.segment.classic.ClassicSegmenter}):
 * colour mixtures, geodesic and spatial priors, Boykov–Kolmogorov max-flow, coarse-to-fine. Reached through
 * {@code SegmenterBackend.CLASSIC}; docs/classic-segmenter.md.
 */
package io.github.parallaxlayers.segment.classic;
