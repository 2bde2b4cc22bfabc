package io.github.parallaxlayers.imagej;

import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.export.PngFolderImporter;
import io.github.parallaxlayers.layers.LayerStack;

import java.nio.file.Path;

/** Plugins › Parallax Layers › Import Layer Stack: reads an exported folder ({@code layers.json}) back into Fiji. */
public class ImportLayerStackCommand implements PlugIn {
    static final String TITLE = "Import Layer Stack";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, () -> {
            CommandOptions options = new CommandOptions(TITLE);
            Option<String> folder = options.text("folder", "");
            if (!options.read()) {
                return;
            }
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
        });
    }
}
