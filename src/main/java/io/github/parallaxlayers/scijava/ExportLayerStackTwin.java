package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.ExportLayerStackCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Export Layer Stack: writes a layer stack to a folder (PNGs and
 * layers.json, ORA, PSD, glTF, TIFF, EXR, Nuke). Its parameters are the macro keys of docs/macros.md, typed; it runs
 * the ImageJ 1.x command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Export Layer Stack", headless = true)
public class ExportLayerStackTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus stack;

    @Parameter(required = false, persist = false)
    private String folder = "";

    @Parameter(choices = {"png", "ora", "psd", "gltf", "glb", "tiff", "exr", "nuke", "all"}, persist = false)
    private String format = "png";

    @Parameter(persist = false)
    private double fov = 40.0;

    @Parameter(choices = {"blend", "mask"}, persist = false)
    private String alpha = "blend";

    @Parameter(choices = {"auto", "8", "16"}, persist = false)
    private String bits = "auto";

    @Parameter(persist = false)
    private boolean crop;

    @Parameter(persist = false)
    private int margin = 16;

    @Parameter(choices = {"half", "float"}, persist = false)
    private String precision = "half";

    @Parameter(choices = {"zip", "none"}, persist = false)
    private String compression = "zip";

    @Parameter(choices = {"auto", "srgb", "keep"}, persist = false)
    private String transfer = "auto";

    @Parameter(choices = {"multipart", "singlepart"}, persist = false)
    private String exrlayout = "multipart";

    @Parameter(persist = false)
    private boolean overwrite;

    @Override
    protected ParallaxCommand command() {
        return new ExportLayerStackCommand();
    }
}
