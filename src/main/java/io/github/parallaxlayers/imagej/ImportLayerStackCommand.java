package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.export.PngFolderImporter;
import io.github.parallaxlayers.layers.LayerStack;

import java.nio.file.Path;

/** Plugins › Parallax Layers › Import Layer Stack: reads an exported folder ({@code layers.json}) back into Fiji. */
public class ImportLayerStackCommand extends ParallaxCommand {
    private final Option<String> folder = text("folder", "");

    public ImportLayerStackCommand() {
        super("Import Layer Stack", null);
    }

    @Override
    protected void execute(CommandOptions options) {
        if (folder.get().isBlank()) {
            throw new InvalidInputException("Give the folder written by Export Layer Stack with folder=[path].");
        }
        Path path = Path.of(folder.get().trim());
        LayerStack stack = PngFolderImporter.read(path);
        String name = stack.sourceName().replaceFirst("\\.[^.]+$", "");
        ij.ImagePlus image = LayerImages.toImage(name + "-layers", stack);
        io.github.parallaxlayers.geometry.Camera camera = PngFolderImporter.camera(path);
        if (camera != null) {
            CameraProperty.set(image, camera);
        }
        image.show();
    }
}
