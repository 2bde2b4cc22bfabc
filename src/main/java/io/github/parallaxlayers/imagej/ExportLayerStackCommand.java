package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.export.AtomicFolder;
import io.github.parallaxlayers.export.ExportBits;
import io.github.parallaxlayers.export.ExportFormat;
import io.github.parallaxlayers.export.LayerStackExporter;
import io.github.parallaxlayers.export.exr.ExrCompression;
import io.github.parallaxlayers.export.exr.ExrLayout;
import io.github.parallaxlayers.export.exr.ExrPrecision;
import io.github.parallaxlayers.export.exr.ExrSettings;
import io.github.parallaxlayers.export.exr.ExrTransfer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Plugins › Parallax Layers › Export Layer Stack: writes the current layer stack as a folder of PNGs and
 * {@code layers.json}. The folder is written under a temporary name and renamed when complete; an existing
 * folder is replaced only with {@code overwrite}.
 */
public class ExportLayerStackCommand extends ParallaxCommand {
    static final String TITLE = "Export Layer Stack";
    static final String TIFF_FILE = "layers.tif";
    private final Option<String> stackTitle = image("stack", "");
    private final Option<String> folder = text("folder", "");
    private final Option<ExportFormat> format = choice("format", ExportFormat.class, ExportFormat.PNG);
    private final SceneOptions scene = SceneOptions.declare(options());
    private final Option<ExportBits> bits = placeAfter(scene.alpha(), choice("bits", ExportBits.class, ExportBits.AUTO));
    private final Option<ExrPrecision> precision = choice("precision", ExrPrecision.class,
            ExrSettings.DEFAULT.precision());
    private final Option<ExrCompression> compression = choice("compression", ExrCompression.class,
            ExrSettings.DEFAULT.compression());
    private final Option<ExrTransfer> transfer = choice("transfer", ExrTransfer.class, ExrSettings.DEFAULT.transfer());
    private final Option<ExrLayout> exrLayout = choice("exrlayout", ExrLayout.class, ExrSettings.DEFAULT.layout());
    private final Option<Boolean> overwrite = flag("overwrite");

    public ExportLayerStackCommand() {
        super(TITLE, "layer stack");
    }

    @Override
    protected void execute(CommandOptions options) {
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
        LayerStackExporter.Result result = LayerStackExporter.export(stack, target, overwrite.get(),
                Images.openFiles(), format.get(),
                // a matched camera (Match Camera, Place Layers on Ground) replaces fov= and places the scene
                scene.settings().withCamera(CameraProperty.get(image)), bits.get(),
                new ExrSettings(precision.get(), compression.get(), transfer.get(), exrLayout.get()), tiff,
                progress());
        result.notes().forEach(note -> log(note));
        IJ.log(TITLE + ": wrote " + result.manifest().layers().size() + " layers to " + result.folder());
        IJ.showProgress(1.0);
    }
}
