/**
 * Writing and reading layer stacks: {@link io.github.parallaxlayers.export.LayerStackExporter} writes every
 * format ({@link io.github.parallaxlayers.export.ExportFormat}: PNG folder + layers.json, ORA, PSD, glTF/GLB) into an
 * {@link io.github.parallaxlayers.export.AtomicFolder}; {@link io.github.parallaxlayers.export.PngFolderImporter}
 * reads a folder back. Used by Export/Import Layer Stack. docs/layers-json.md.
 */
package io.github.parallaxlayers.export;
