package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.layers.LayerStack;

/**
 * The shape of the layer-editing commands: declare options, read the current layer stack, apply one edit of the
 * ImageJ-free stack, write it back into the same image, and log what changed. A mask stack (before Build Layer
 * Stack) is edited the same way: its slices are its layers, its depth hints go where Build Layer Stack reads them.
 */
abstract class LayerEditCommand implements PlugIn {

    /** The command's options, declared on {@code options}; {@link #edit} reads them after they are read. */
    abstract void declare(CommandOptions options);

    abstract LayerStack edit(LayerStack stack);

    abstract String title();

    @Override
    public void run(String arg) {
        CommandRunner.run(title(), () -> {
            CommandOptions options = new CommandOptions(title());
            Option<String> stackTitle = options.image("stack", "");
            declare(options);
            Images.find("", "layer stack");
            if (!options.read()) {
                return;
            }
            ImagePlus image = Images.find(stackTitle.get(), "layer stack");
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
            IJ.log(title() + ": " + image.getTitle() + " front to back: " + order);
        });
    }
}
