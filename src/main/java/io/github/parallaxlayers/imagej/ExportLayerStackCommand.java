package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.export.AtomicFolder;
import io.github.parallaxlayers.export.ExportBits;
import io.github.parallaxlayers.export.ExportFormat;
import io.github.parallaxlayers.export.GltfWriter;
import io.github.parallaxlayers.export.SceneSettings;
import io.github.parallaxlayers.export.PngFolderExporter;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Plugins › Parallax Layers › Export Layer Stack: writes the current layer stack as a folder of PNGs and
 * {@code layers.json}. The folder is written under a temporary name and renamed when complete; an existing
 * folder is replaced only with {@code overwrite}.
 */
public class ExportLayerStackCommand implements PlugIn {
    static final String TITLE = "Export Layer Stack";
    static final String TIFF_FILE = "layers.tif";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> stackTitle = options.image("stack", "");
        Option<String> folder = options.text("folder", "");
        Option<ExportFormat> format = options.choice("format", ExportFormat.class, ExportFormat.PNG);
        Option<Double> fov = options.number("fov", SceneSettings.DEFAULT.verticalFov(), 1, 179);
        Option<GltfWriter.AlphaMode> alpha = options.choice("alpha", GltfWriter.AlphaMode.class,
                SceneSettings.DEFAULT.alpha());
        Option<ExportBits> bits = options.choice("bits", ExportBits.class, ExportBits.AUTO);
        Option<Boolean> crop = options.flag("crop");
        Option<Integer> margin = options.integer("margin", 16, 0, 100000);
        Option<Boolean> overwrite = options.flag("overwrite");
        Images.find("", "layer stack");
        if (!options.read()) {
            return;
        }
        if (folder.get().isBlank()) {
            throw new InvalidInputException("Give the export folder with folder=[path].");
        }
        Path target;
        try {
            target = Path.of(folder.get().trim());
        } catch (InvalidPathException e) {
            throw new InvalidInputException("'" + folder.get() + "' is not a valid folder path: " + e.getReason() + ".");
        }
        ImagePlus image = Images.find(stackTitle.get(), "layer stack");
        var stack = LayerImages.fromImage(image);
        AtomicFolder.Writer tiff = format.get().includes(ExportFormat.TIFF) ? dir -> {
            ImagePlus copy = LayerImages.toImage("layers", stack, bits.get().resolve(stack));
            if (!new FileSaver(copy).saveAsTiff(dir.resolve(TIFF_FILE).toString())) {
                throw new java.io.IOException("ImageJ could not write " + TIFF_FILE);
            }
        } : null;
        PngFolderExporter.Result result = PngFolderExporter.export(stack, target, overwrite.get(),
                Images.openFiles(), format.get(),
                new SceneSettings(fov.get(), alpha.get(), crop.get(), margin.get()), bits.get(), tiff,
                new ImageJProgress(TITLE));
        result.notes().forEach(note -> IJ.log(TITLE + ": " + note));
        IJ.log(TITLE + ": wrote " + result.manifest().layers().size() + " layers to " + result.folder());
        IJ.showProgress(1.0);
    }
}
