package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.MaskAlgebra;
import io.github.parallaxlayers.refine.MaskOperation;

import java.util.List;

/**
 * Plugins › Parallax Layers › Combine Masks: union, intersection, subtract or xor of two masks ({@code a}, {@code b};
 * every slice of a stack {@code a} with {@code b}) or of all slices of one mask stack; with {@code separate}, makes a front-to-back mask stack exclusive (each
 * layer minus the nearer ones), optionally overlapping by {@code overlap} px.
 */
public class CombineMasksCommand extends ParallaxCommand {
    static final String TITLE = "Combine Masks";
    private final Option<String> aTitle = image("a", "");
    private final Option<String> bTitle = text("b", "");
    private final Option<MaskOperation> operation = choice("operation", MaskOperation.class, MaskOperation.UNION);
    private final Option<Boolean> separate = flag("separate");
    private final Option<Double> overlap = number("overlap", 0, -1000, 1000);

    public CombineMasksCommand() {
        super(TITLE, "mask");
    }

    @Override
    protected void execute(CommandOptions options) {
        ImagePlus a = Images.find(aTitle.get(), "first mask");
        List<Mask> masks = Images.masks(a);
        if (separate.get()) {
            List<Mask> separated = MaskAlgebra.separate(masks, overlap.get());
            ImageStack stack = new ImageStack(a.getWidth(), a.getHeight());
            for (int i = 0; i < separated.size(); i++) {
                stack.addSlice(Images.withStep(a.getStack(), i + 1, options.recorded()),
                        Images.processor(separated.get(i)));
            }
            show(a, new ImagePlus(a.getShortTitle() + "-separated", stack));
            return;
        }
        String title = a.getShortTitle() + "-" + operation.get().label();
        if (bTitle.get().isBlank()) {
            if (masks.size() < 2) {
                throw new InvalidInputException("Give a second mask with b=[title], or choose a mask stack with "
                        + "at least two slices to combine them all.");
            }
            show(a, new ImagePlus(title, Images.processor(MaskAlgebra.reduce(masks, operation.get()))));
            return;
        }
        ImagePlus b = Images.find(bTitle.get(), "second mask");
        Images.requireSameSize(a, "first mask", b, "second mask");
        Mask second = Images.mask(b, 1);
        ImageStack stack = new ImageStack(a.getWidth(), a.getHeight());
        for (int i = 0; i < masks.size(); i++) {
            stack.addSlice(Images.withStep(a.getStack(), i + 1, options.recorded()),
                    Images.processor(MaskAlgebra.combine(masks.get(i), second, operation.get())));
        }
        show(a, new ImagePlus(title, stack));
    }

    private static void show(ImagePlus source, ImagePlus result) {
        result.setCalibration(source.getCalibration());
        result.show();
    }
}
