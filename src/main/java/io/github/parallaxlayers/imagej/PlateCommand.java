package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.Plate;

/**
 * A command that works on a plate: it declares {@code plate=} (the current image by default) as its first option,
 * finds the image and reads its pixels before {@link #execute(CommandOptions, ImagePlus, Plate)} runs, so the
 * commands that segment, fill or estimate depth state only their own options and work.
 */
abstract class PlateCommand extends ParallaxCommand {
    // Declared here, in the base, so it comes before the subclass's options in the dialog and the recording.
    private final ImageInput plateInput = ImageInput.plate(options());

    protected PlateCommand(String title) {
        super(title, "plate");
    }

    /** The work on {@code image}, whose pixels are {@code plate}. */
    protected abstract void execute(CommandOptions options, ImagePlus image, Plate plate);

    @Override
    protected final void execute(CommandOptions options) {
        ImagePlus image = plateInput.find();
        execute(options, image, Images.plate(image));
    }
}
