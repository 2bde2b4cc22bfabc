package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;

/**
 * An open image a command works on ({@code plate=}, {@code mask=}, {@code stack=}, ...): declared as an image
 * option, found by title (the current image when empty), and named by its role in every message.
 */
final class ImageInput {
    private final Option<String> title;
    private final String role;

    private ImageInput(Option<String> title, String role) {
        this.title = title;
        this.role = role;
    }

    /** @param role what the image is, in messages: "plate", "mask", "layer stack" */
    static ImageInput declare(CommandOptions options, String key, String role) {
        return new ImageInput(options.image(key, ""), role);
    }

    /** An image that must be given by title (no current-image default), checked by {@link #findBeside}. */
    static ImageInput required(CommandOptions options, String key, String role) {
        return new ImageInput(options.requiredImage(key), role);
    }

    /** {@code plate=}, the current image by default. */
    static ImageInput plate(CommandOptions options) {
        return declare(options, "plate", "plate");
    }

    /** The image named by the option, or the current image when it is empty. */
    ImagePlus find() {
        return Images.find(title.get(), role);
    }

    /**
     * The image named by the option, which must be given ({@code howToGive} says how when it is not), be
     * another image than {@code plate} and have its size.
     */
    ImagePlus findBeside(ImagePlus plate, String howToGive) {
        if (title.get().isBlank()) {
            throw new InvalidInputException(howToGive);
        }
        ImagePlus image = Images.find(title.get(), role);
        if (image == plate) {
            throw new InvalidInputException("The " + role + " and the plate are the same image '" + plate.getTitle()
                    + "': choose the " + role + " with " + title.key() + "=[title].");
        }
        Images.requireSameSize(plate, image, role);
        return image;
    }
}
