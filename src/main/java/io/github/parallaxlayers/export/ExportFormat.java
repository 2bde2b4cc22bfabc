package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.Labeled;

/** What Export Layer Stack writes besides the PNG folder and {@code layers.json} ({@code format=}). */
public enum ExportFormat implements Labeled {
    PNG("png"),
    /** OpenRaster: one {@code layers.ora} that GIMP, Krita and MyPaint open as layers. */
    ORA("ora"),
    /** A layered Photoshop file ({@code layers.psd}) for Unreal's PSD importer and painting tools. */
    PSD("psd"),
    /** A glTF 2.0 scene ({@code scene.gltf}): one card per layer at its depth, plus the reference camera. */
    GLTF("gltf"),
    /** The same glTF scene as one binary file ({@code scene.glb}) with the textures inside. */
    GLB("glb"),
    /** An ImageJ hyperstack TIFF ({@code layers.tif}) for Fiji. */
    TIFF("tiff"),
    /** OpenEXR ({@code layers.exr}): scene-linear, premultiplied layers with depth and the camera, for compositors. */
    EXR("exr"),
    /** A Nuke script ({@code layers.nk}): Read, Premult and Card per layer, Scene, Camera and ScanlineRender. */
    NUKE("nuke"),
    ALL("all");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean includes(ExportFormat other) {
        return this == ALL || this == other || other == PNG;
    }
}
