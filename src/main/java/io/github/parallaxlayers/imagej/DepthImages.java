package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;
import io.github.parallaxlayers.depth.DepthKind;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.mask.Mask;

import java.util.List;

/** Depth maps and depth-ordered mask stacks inside ImageJ. */
final class DepthImages {
    private DepthImages() {
    }

    /** The depth options every depth command shares. */
    record Options(Option<String> depth, Option<DepthKind> kind, Option<Boolean> zeroUnknown) {
        static Options declare(CommandOptions options) {
            return new Options(options.image("depth", ""),
                    options.choice("kind", DepthKind.class, DepthKind.DISPARITY),
                    options.flag("zero_unknown"));
        }

        /** The depth image, which must have the plate's size, as inverse depth. */
        DepthMap read(ImagePlus plate) {
            ImagePlus image = Images.find(depth.get(), "depth map");
            Images.requireSameSize(plate, image, "depth map");
            return DepthMap.fromPlate(Images.plate(image), kind.get(), zeroUnknown.get());
        }
    }

    /** A new mask stack, front first, with its layers' depth hints attached for Build Layer Stack. */
    /** @param names slice labels: a layer name, optionally followed by its history lines */
    static ImagePlus maskStack(String title, ImagePlus like, List<Mask> masks, List<String> names, double[] hints) {
        ImageStack stack = new ImageStack(like.getWidth(), like.getHeight());
        for (int i = 0; i < masks.size(); i++) {
            stack.addSlice(names.get(i), Images.processor(masks.get(i)));
        }
        ImagePlus out = new ImagePlus(title, stack);
        out.setCalibration(like.getCalibration());
        MaskStacks.setDepths(out, hints);
        return out;
    }
}
