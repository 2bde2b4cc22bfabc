/**
 * Segment Anything through ONNX Runtime: {@link io.github.parallaxlayers.segment.sam.SamModels} opens a model
 * (registered or from files; {@code SegmenterBackend} is the entry point commands use), {@link
 * io.github.parallaxlayers.segment.sam.SamSegmenter} and its sessions decode prompts, {@link
 * io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator} segments everything; the embedding cache, crop to
 * prompts. docs/sam.md.
 */
package io.github.parallaxlayers.segment.sam;
