package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthOrdering;
import io.github.parallaxlayers.depth.OrderedLayer;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Order Layers by Depth: a mask stack (→ a new stack {@code <title>-by-depth}) or a
 * layer stack (edited in place) sorted front → back by each layer's median depth, with depth hints set.
 */
public class OrderLayersByDepthCommand extends ImageCommand {
    static final String TITLE = "Order Layers by Depth";
    private final DepthImages.Options depthOptions = DepthImages.Options.declare(options());
    private final Option<Integer> border = integer("border", 3, 0, 1000);
    private final Option<Double> splitSpread = number("split_spread", 0.25, 0.001, 10);

    public OrderLayersByDepthCommand() {
        super(TITLE, "stack", "mask or layer stack");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image) {
        DepthMap depth = depthOptions.read(image);
        boolean layerStack = LayerImages.isLayerStack(image);
        LayerStack layers = layerStack ? LayerImages.fromImage(image) : null;
        List<Mask> masks = layerStack ? layers.alphaMasks() : Images.masks(image);
        List<String> names = layerStack ? layers.layers().stream().map(Layer::name).toList()
                : Images.layerNames(image);
        List<OrderedLayer> order = DepthOrdering.order(masks, names, depth, border.get(), splitSpread.get(),
                progress());
        if (layerStack) {
            List<Layer> sorted = new ArrayList<>();
            for (OrderedLayer o : order) {
                Layer l = layers.layers().get(o.sourceIndex());
                sorted.add(l.with(l.name(), o.depthHint()));
            }
            LayerImages.replace(image, layers.withLayers(sorted).withHistory(options.recorded()));
        } else {
            List<Mask> sortedMasks = order.stream().map(o -> masks.get(o.sourceIndex())).toList();
            double[] hints = order.stream().mapToDouble(OrderedLayer::depthHint).toArray();
            String step = options.recorded();
            List<String> labels = order.stream()
                    .map(o -> Images.withStep(image.getStack(), o.sourceIndex() + 1, step)).toList();
            DepthImages.maskStack(image.getShortTitle() + "-by-depth", image, sortedMasks, labels, hints).show();
        }
        IJ.showProgress(1.0);
        log(image.getTitle(), order);
    }

    private static void log(String title, List<OrderedLayer> order) {
        StringBuilder line = new StringBuilder(TITLE + ": " + title + " front to back:");
        List<String> splits = new ArrayList<>();
        for (OrderedLayer o : order) {
            line.append(String.format(Locale.ROOT, " %s (median %s, depth %s)", o.name(),
                    o.depth().known() ? CommandOptions.format(o.depth().median()) : "unknown",
                    CommandOptions.format(o.depthHint())));
            if (o.suggestSplit()) {
                splits.add(o.name());
            }
        }
        IJ.log(line.toString());
        if (!splits.isEmpty()) {
            IJ.log(TITLE + ": depth varies widely inside " + String.join(", ", splits)
                    + "; consider splitting it: Point Mask on each part, or Auto Layers on the plate and Combine Masks (intersection) with this layer.");
        }
    }
}
