package io.github.parallaxlayers.imagej;

import ij.ImagePlus;

/**
 * A command that works on one open image: it declares that image ({@code mask=}, {@code stack=}, {@code image=};
 * the current image when empty) as its first option and finds it before
 * {@link #execute(CommandOptions, ImagePlus)} runs, so each command states only its own options and work.
 * {@link PlateCommand} goes one step further for the commands that read a plate's pixels.
 */
abstract class ImageCommand extends ParallaxCommand {
    // Declared in the base constructor, so it comes before the subclass's options in the dialog and the recording.
    private final ImageInput input;

    /**
     * @param key  the option naming the image
     * @param role what the image is, in messages and in the "no image is open" line ("mask", "layer stack")
     */
    protected ImageCommand(String title, String key, String role) {
        super(title, role);
        this.input = ImageInput.declare(options(), key, role);
    }

    /** The work on the image the first option names. */
    protected abstract void execute(CommandOptions options, ImagePlus image);

    @Override
    protected final void execute(CommandOptions options) {
        execute(options, input.find());
    }

    /** The image the first option names now: for a live preview, which runs before {@link #execute}. */
    protected final ImagePlus image() {
        return input.find();
    }
}
