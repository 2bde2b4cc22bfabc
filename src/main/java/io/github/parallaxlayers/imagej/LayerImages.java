package io.github.parallaxlayers.imagej;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer stack inside ImageJ: an 8-bit hyperstack with four channels (red, green, blue, alpha) and one z-slice
 * per layer, front first, slice labels = layer names. The filled plate travels with it as an image property.
 */
final class LayerImages {
    static final String SOURCE_PROPERTY = "parallax.source";
    static final String FILLED_PROPERTY = "parallax.filled";
    static final String HISTORY_PROPERTY = "parallax.history";
    /** Joins history steps in one image property (which must stay on one line to survive a TIFF save). */
    private static final String STEP_SEPARATOR = " || ";

    private LayerImages() {
    }

    static ImagePlus toImage(String title, LayerStack stack) {
        int w = stack.width();
        int h = stack.height();
        ImageStack slices = new ImageStack(w, h);
        for (Layer layer : stack.layers()) {
            byte[][] channels = new byte[4][w * h];
            int[] argb = layer.argb();
            for (int i = 0; i < argb.length; i++) {
                int p = argb[i];
                channels[0][i] = (byte) (p >> 16);
                channels[1][i] = (byte) (p >> 8);
                channels[2][i] = (byte) p;
                channels[3][i] = (byte) (p >>> 24);
            }
            String label = Images.layerLabel(layer.name(), layer.history());
            for (byte[] channel : channels) {
                slices.addSlice(label, new ByteProcessor(w, h, channel));
            }
        }
        ImagePlus image = new ImagePlus(title, slices);
        image.setDimensions(4, stack.layers().size(), 1);
        image.setOpenAsHyperStack(true);
        CompositeImage composite = new CompositeImage(image, IJ.COMPOSITE);
        composite.setActiveChannels("1110");
        composite.setProp(SOURCE_PROPERTY, stack.sourceName());
        MaskStacks.setDepths(composite, stack.layers().stream().mapToDouble(Layer::depthHint).toArray());
        composite.setProperty(FILLED_PROPERTY, stack.filled());
        composite.setProp(HISTORY_PROPERTY, String.join(STEP_SEPARATOR, stack.history()));
        return composite;
    }

    /** Puts an edited stack back into the image it came from (the layer stack is the thing being edited). */
    static void replace(ImagePlus image, LayerStack stack) {
        ImagePlus edited = toImage(image.getTitle(), stack);
        image.setStack(edited.getStack(), 4, stack.layers().size(), 1);
        image.setProp(SOURCE_PROPERTY, stack.sourceName());
        image.setProp(MaskStacks.DEPTH_PROPERTY, edited.getProp(MaskStacks.DEPTH_PROPERTY));
        image.setProperty(FILLED_PROPERTY, stack.filled());
        image.setProp(HISTORY_PROPERTY, edited.getProp(HISTORY_PROPERTY));
        image.changes = true;
        image.updateAndDraw();
    }

    static LayerStack fromImage(ImagePlus image) {
        if (image.getNChannels() != 4 || image.getBitDepth() != 8 || image.getNFrames() != 1) {
            throw new InvalidInputException("'" + image.getTitle() + "' is not a layer stack (an 8-bit hyperstack "
                    + "with red, green, blue and alpha channels, one slice per layer): run Build Layer Stack "
                    + "first and select its result.");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        ImageStack slices = image.getStack();
        double[] depths = MaskStacks.depths(image);
        List<Layer> layers = new ArrayList<>();
        for (int z = 0; z < image.getNSlices(); z++) {
            int base = z * 4 + 1;
            byte[] r = (byte[]) slices.getPixels(base);
            byte[] g = (byte[]) slices.getPixels(base + 1);
            byte[] b = (byte[]) slices.getPixels(base + 2);
            byte[] a = (byte[]) slices.getPixels(base + 3);
            int[] argb = new int[w * h];
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            for (int i = 0; i < argb.length; i++) {
                int alpha = a[i] & 0xff;
                if (alpha == 0) {
                    continue;
                }
                argb[i] = alpha << 24 | (r[i] & 0xff) << 16 | (g[i] & 0xff) << 8 | (b[i] & 0xff);
                int x = i % w;
                int y = i / w;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            Box bounds = maxX < 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
            String label = slices.getSliceLabel(base);
            String name = label == null || label.isBlank() ? "layer-" + (z + 1) : label.split("\n")[0].trim();
            layers.add(new Layer(name, argb, bounds, z + 1, Images.layerHistory(label)));
        }
        Object filled = image.getProperty(FILLED_PROPERTY);
        double[] storedDepths = depths == null ? new double[0] : depths;

        if (!(filled instanceof Plate plate)) {
            throw new InvalidInputException("'" + image.getTitle() + "' has no filled plate attached (it was not "
                    + "made by Build Layer Stack in this session): run Build Layer Stack again.");
        }
        String source = image.getProp(SOURCE_PROPERTY);
        String history = image.getProp(HISTORY_PROPERTY);
        LayerStack stack = new LayerStack(source == null ? image.getTitle() : source, w, h, layers, plate,
                history == null || history.isBlank() ? List.of()
                        : List.of(history.split(java.util.regex.Pattern.quote(STEP_SEPARATOR))));
        return LayerStackEdits.withDepths(stack, storedDepths);
    }
}
