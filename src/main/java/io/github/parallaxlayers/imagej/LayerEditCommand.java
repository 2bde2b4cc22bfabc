package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.layers.LayerStack;

/**
 * The shape of the layer-editing commands (their own options are fields, declared after {@code stack}): read the
 * layer stack ({@code stack=}, the current image by default), apply one edit of the ImageJ-free stack, write it back
 * into the same image, and log what changed. A mask stack (before Build Layer Stack) is edited the same way: its
 * slices are its layers, its depth hints go where Build Layer Stack reads them.
 */
abstract class LayerEditCommand extends ImageCommand {

    LayerEditCommand(String title) {
        super(title, "stack", "layer stack");
    }

    abstract LayerStack edit(LayerStack stack);

    @Override
    protected final void execute(CommandOptions options, ImagePlus image) {
        LayerStack edited;
        if (MaskStackLayers.isMaskStack(image)) {
            LayerStack masks = MaskStackLayers.of(image);
            edited = edit(masks);
            MaskStackLayers.replace(image, masks, edited);
        } else {
            edited = edit(LayerImages.fromImage(image)).withHistory(options.recorded());
            LayerImages.replace(image, edited);
        }
        StringBuilder order = new StringBuilder();
        edited.layers().forEach(l -> order.append(order.length() == 0 ? "" : ", ").append(l.name())
                .append(" (depth ").append(CommandOptions.format(l.depthHint())).append(')'));
        log(image.getTitle() + " front to back: " + order);
    }
}
