package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.Labeled;

/** What Export Layer Stack writes besides the PNG folder and {@code layers.json} ({@code format=}). */
public enum ExportFormat implements Labeled {
    PNG,
    /** OpenRaster: one {@code layers.ora} that GIMP, Krita and MyPaint open as layers. */
    ORA,
    /** A layered Photoshop file ({@code layers.psd}) for Unreal's PSD importer and painting tools. */
    PSD,
    /** A glTF 2.0 scene ({@code scene.gltf}): one card per layer at its depth, plus the reference camera. */
    GLTF,
    /** The same glTF scene as one binary file ({@code scene.glb}) with the textures inside. */
    GLB,
    /** An ImageJ hyperstack TIFF ({@code layers.tif}) for Fiji. */
    TIFF,
    /** OpenEXR ({@code layers.exr}): scene-linear, premultiplied layers with depth and the camera, for compositors. */
    EXR,
    /** A Nuke script ({@code layers.nk}): Read, Premult and Card per layer, Scene, Camera and ScanlineRender. */
    NUKE,
    ALL;


    public boolean includes(ExportFormat other) {
        return this == ALL || this == other || other == PNG;
    }
}
