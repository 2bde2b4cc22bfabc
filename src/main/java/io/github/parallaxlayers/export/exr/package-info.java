/**
 * OpenEXR, written from the public file-layout specification (no Java library writes it):
 * {@link io.github.parallaxlayers.export.exr.ExrWriter} (scanline single- and multi-part files, HALF or FLOAT, ZIP or
 * uncompressed) and {@link io.github.parallaxlayers.export.exr.ExrReader} (the same files back, for tests and
 * checks), {@link io.github.parallaxlayers.export.exr.Half} (float ⇄ half, round to nearest even), and
 * {@link io.github.parallaxlayers.export.exr.LayerStackExr}, which makes a layer stack into {@code layers.exr}
 * (one premultiplied, scene-linear part per layer with depth and the camera) with
 * {@link io.github.parallaxlayers.export.exr.ExrSettings}. Used by the export facade
 * {@link io.github.parallaxlayers.export.LayerStackExporter}.
 */
package io.github.parallaxlayers.export.exr;
