package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.Plate;

/**
 * A command that works on a plate: {@code plate=} (the current image by default) is its first option, and the
 * plate's pixels are read before {@link #execute(CommandOptions, ImagePlus, Plate)} runs, so the commands that
 * segment, fill or estimate depth state only their own options and work.
 */
abstract class PlateCommand extends ImageCommand {

    protected PlateCommand(String title) {
        super(title, "plate", "plate");
    }

    /** The work on {@code image}, whose pixels are {@code plate}. */
    protected abstract void execute(CommandOptions options, ImagePlus image, Plate plate);

    @Override
    protected final void execute(CommandOptions options, ImagePlus image) {
        execute(options, image, Images.plate(image));
    }
}
