package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mask stack (one 8-bit slice per layer, front first, slice label = name and provenance) seen as a layer stack,
 * so the layer edits (rename, depth, reorder, delete) apply to the masks the Layer Manager shows before Build
 * Layer Stack as well as after. The layers carry no pixels of their own: each stands for its slice, and
 * {@link #replace} puts the slices back in the edited order under the edited names and depths.
 */
final class MaskStackLayers {
    private MaskStackLayers() {
    }

    /** An 8-bit single-channel image: a mask or mask stack (a built layer stack has four channels). */
    static boolean isMaskStack(ImagePlus image) {
        return image.getBitDepth() == 8 && image.getNChannels() == 1 && !image.isComposite();
    }

    /** One layer per slice, with its name, provenance and depth (the stored depth hints, else 1, 2, 3 …). */
    static LayerStack of(ImagePlus image) {
        ImageStack slices = image.getStack();
        double[] depths = MaskStacks.depths(image);
        List<String> names = Images.layerNames(image);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < slices.getSize(); i++) {
            double depth = depths != null && i < depths.length ? depths[i] : i + 1;
            // a one-pixel stand-in: the edits never look at pixels, replace() finds the slice by this array
            layers.add(new Layer(names.get(i), new int[1], new Box(0, 0, 1, 1), depth,
                    Images.layerHistory(slices.getSliceLabel(i + 1))));
        }
        return new LayerStack(image.getTitle(), image.getWidth(), image.getHeight(), layers, null);
    }

    /** Writes the edited order, names and depths back into the mask stack {@code original} came from. */
    static void replace(ImagePlus image, LayerStack original, LayerStack edited) {
        Map<int[], Integer> sliceOf = new IdentityHashMap<>();
        for (int i = 0; i < original.layers().size(); i++) {
            sliceOf.put(original.layers().get(i).argb(), i + 1);
        }
        ImageStack old = image.getStack();
        ImageStack out = new ImageStack(image.getWidth(), image.getHeight());
        double[] depths = new double[edited.layers().size()];
        for (int i = 0; i < edited.layers().size(); i++) {
            Layer layer = edited.layers().get(i);
            out.addSlice(Images.layerLabel(layer.name(), layer.history()), old.getProcessor(sliceOf.get(layer.argb())));
            depths[i] = layer.depthHint();
        }
        int current = Math.min(image.getCurrentSlice(), out.getSize());
        image.setStack(out);
        image.setSlice(current);
        MaskStacks.setDepths(image, depths);
        image.changes = true;
        image.updateAndDraw();
    }
}
