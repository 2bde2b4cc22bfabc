/**
 * The subject network (IS-Net, DIS general use, 1024²) and what is built on it: {@link
 * io.github.parallaxlayers.segment.subject.SubjectNetwork} (one cached run per plate), {@link
 * io.github.parallaxlayers.segment.subject.SubjectMatte} (the soft map at plate resolution, optionally snapped to
 * the plate's edges), {@link io.github.parallaxlayers.segment.subject.SubjectSegmenter} ({@code backend=subject}, the
 * network alone) and {@link io.github.parallaxlayers.segment.subject.HybridSegmenter} ({@code backend=hybrid}: the
 * classic graph cut with the subject probability as a click-weighted prior, {@link
 * io.github.parallaxlayers.segment.subject.HybridPrior}). {@link io.github.parallaxlayers.segment.subject.SubjectModels}
 * finds and opens the model. Used by Subject Mask, Point Mask and its tool, Auto Layers and {@code evaluate}
 * through {@link io.github.parallaxlayers.segment.SegmenterBackend}.
 */
package io.github.parallaxlayers.segment.subject;
