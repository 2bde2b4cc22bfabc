package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

/**
 * Where new masks go: a mask stack (one 8-bit slice per layer, front first, slice label = layer name) named by
 * the user, created on first use; or a new single mask image named after the plate and the layer.
 */
final class MaskStacks {
    static final String DEPTH_PROPERTY = "parallax.depth";

    /** The depth hints stored on a mask or layer stack, one per layer; null when absent or unreadable. */
    static double[] depths(ImagePlus image) {
        String property = image.getProp(DEPTH_PROPERTY);
        if (property == null || property.isBlank()) {
            return null;
        }
        String[] values = property.split(",");
        double[] depths = new double[values.length];
        try {
            for (int i = 0; i < values.length; i++) {
                depths[i] = Double.parseDouble(values[i].trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return depths;
    }

    static void setDepths(ImagePlus image, double[] depths) {
        image.setProp(DEPTH_PROPERTY, java.util.Arrays.stream(depths)
                .mapToObj(d -> String.format(java.util.Locale.ROOT, "%s", d))
                .collect(java.util.stream.Collectors.joining(",")));
    }

    private MaskStacks() {
    }

    /**
     * Refuses, before any work, a layer name that Rename Layer would refuse: empty, or already a layer of the mask
     * stack {@code stackTitle} (Set Layer Depth and the other edits find layers by name).
     */
    static void checkNewLayer(String layerName, String stackTitle) {
        if (layerName == null || layerName.isBlank()) {
            throw new InvalidInputException("The layer name is empty: give layer=[name].");
        }
        ImagePlus existing = stackTitle == null || stackTitle.isBlank() ? null : WindowManager.getImage(stackTitle);
        if (existing == null) {
            return;
        }
        if (hasLayer(existing, layerName.trim())) {
            throw new InvalidInputException("The mask stack '" + stackTitle + "' has a layer called '"
                    + layerName.trim() + "' already; choose another layer= name (or Rename Layer first).");
        }
    }

    /** True when a slice of {@code stack} (may be null) is the layer {@code name}. */
    static boolean hasLayer(ImagePlus stack, String name) {
        if (stack == null) {
            return false;
        }
        ImageStack slices = stack.getStack();
        for (int i = 1; i <= slices.getSize(); i++) {
            String label = slices.getSliceLabel(i);
            if ((label == null ? "" : label.split("\\n", 2)[0]).equals(name)) {
                return true;
            }
        }
        return false;
    }

    static ImagePlus addOrShow(ImagePlus plate, Mask mask, String layerName, String stackTitle, String step) {
        checkNewLayer(layerName, stackTitle);
        String label = Images.layerLabel(layerName, java.util.List.of(step));
        if (stackTitle == null || stackTitle.isBlank()) {
            ImagePlus out = new ImagePlus(plate.getShortTitle() + "-" + layerName, Images.processor(mask));
            out.setCalibration(plate.getCalibration());
            out.getStack().setSliceLabel(label, 1);
            out.show();
            return out;
        }
        ImagePlus existing = WindowManager.getImage(stackTitle);
        if (existing == null) {
            ImageStack stack = new ImageStack(mask.width(), mask.height());
            stack.addSlice(label, Images.processor(mask));
            ImagePlus out = new ImagePlus(stackTitle, stack);
            out.setCalibration(plate.getCalibration());
            out.show();
            return out;
        }
        if (existing.getBitDepth() != 8 || existing.getWidth() != mask.width()
                || existing.getHeight() != mask.height()) {
            throw new InvalidInputException("The mask stack '" + stackTitle + "' is " + existing.getWidth() + "x"
                    + existing.getHeight() + " " + existing.getBitDepth() + "-bit; a layer for this "
                    + mask.width() + "x" + mask.height() + " plate needs an 8-bit stack of the same size. Choose "
                    + "another stack= name.");
        }
        ImageStack stack = existing.getStack();
        stack.addSlice(label, Images.processor(mask));
        existing.setStack(stack);
        existing.setSlice(stack.getSize());
        return existing;
    }
}
