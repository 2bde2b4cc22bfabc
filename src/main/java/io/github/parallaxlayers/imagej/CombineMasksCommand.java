package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.MaskAlgebra;
import io.github.parallaxlayers.refine.MaskOperation;

import java.util.List;

/**
 * Plugins › Parallax Layers › Combine Masks: union, intersection, subtract or xor of two masks ({@code a}, {@code b})
 * or of all slices of one mask stack; with {@code separate}, makes a front-to-back mask stack exclusive (each
 * layer minus the nearer ones), optionally overlapping by {@code overlap} px.
 */
public class CombineMasksCommand implements PlugIn {
    static final String TITLE = "Combine Masks";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> aTitle = options.image("a", "");
        Option<String> bTitle = options.text("b", "");
        Option<MaskOperation> operation = options.choice("operation", MaskOperation.class, MaskOperation.UNION);
        Option<Boolean> separate = options.flag("separate");
        Option<Double> overlap = options.number("overlap", 0, -1000, 1000);
        Images.find("", "mask");
        if (!options.read()) {
            return;
        }
        ImagePlus a = Images.find(aTitle.get(), "first mask");
        List<Mask> masks = Images.masks(a);
        if (separate.get()) {
            List<Mask> separated = MaskAlgebra.separate(masks, overlap.get());
            ImageStack stack = new ImageStack(a.getWidth(), a.getHeight());
            for (int i = 0; i < separated.size(); i++) {
                stack.addSlice(a.getStack().getSliceLabel(i + 1), Images.processor(separated.get(i)));
            }
            show(a, new ImagePlus(a.getShortTitle() + "-separated", stack));
            return;
        }
        Mask result;
        if (bTitle.get().isBlank()) {
            if (masks.size() < 2) {
                throw new InvalidInputException("Give a second mask with b=[title], or choose a mask stack with "
                        + "at least two slices to combine them all.");
            }
            result = MaskAlgebra.reduce(masks, operation.get());
        } else {
            ImagePlus b = Images.find(bTitle.get(), "second mask");
            Images.requireSameSize(a, b, "second mask");
            result = MaskAlgebra.combine(masks.get(0), Images.mask(b, 1), operation.get());
        }
        show(a, new ImagePlus(a.getShortTitle() + "-" + operation.get().label(), Images.processor(result)));
    }

    private static void show(ImagePlus source, ImagePlus result) {
        result.setCalibration(source.getCalibration());
        result.show();
    }
}
