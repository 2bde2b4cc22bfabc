/**
 * Geodesic-distance click segmenter ({@link io.github.parallaxlayers.segment.geodesic.GeodesicSegmenter}),
 * a fast baseline; reached through {@code SegmenterBackend.GEODESIC}.
 */
package io.github.parallaxlayers.segment.geodesic;
