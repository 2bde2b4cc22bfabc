package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.KeepMode;
import io.github.parallaxlayers.refine.RefineSettings;
import io.github.parallaxlayers.segment.PointList;

/**
 * Plugins › Parallax Layers › Refine Mask: fill holes, remove small islands, open, close, keep parts, grow or
 * shrink (all with exact Euclidean disks), on every slice of a mask or mask stack. Writes a new image unless
 * {@code in_place}.
 */
public class RefineMaskCommand implements PlugIn {
    static final String TITLE = "Refine Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> maskTitle = options.image("mask", "");
        Option<Boolean> fillHoles = options.flag("fill_holes");
        Option<Integer> maxHole = options.integer("max_hole", 0, 0, Integer.MAX_VALUE);
        Option<Integer> islands = options.integer("islands", 0, 0, Integer.MAX_VALUE);
        Option<Double> open = options.number("open", 0, 0, 10000);
        Option<Double> close = options.number("close", 0, 0, 10000);
        Option<KeepMode> keep = options.choice("keep", KeepMode.class, KeepMode.ALL);
        Option<String> points = options.text("points", "");
        Option<Double> grow = options.number("grow", 0, -10000, 10000);
        Option<Boolean> inPlace = options.flag("in_place");
        Images.find("", "mask");
        options.preview(new PreviewOverlay(() -> Images.find(maskTitle.get(), "mask"), image -> new RefineSettings(
                fillHoles.get(), maxHole.get(), islands.get(), open.get(), close.get(), keep.get(),
                clicks(points.get()), grow.get()).apply(Images.mask(image, image.getCurrentSlice())).data()));
        if (!options.read()) {
            return;
        }
        ImagePlus source = Images.find(maskTitle.get(), "mask");
        RefineSettings settings = new RefineSettings(fillHoles.get(), maxHole.get(), islands.get(), open.get(),
                close.get(), keep.get(), clicks(points.get()), grow.get());
        ImageStack in = source.getStack();
        ImageStack out = new ImageStack(source.getWidth(), source.getHeight());
        ImageJProgress progress = new ImageJProgress(TITLE);
        for (int s = 1; s <= in.getSize(); s++) {
            progress.checkCancelled();
            Mask refined = settings.apply(Images.mask(source, s));
            out.addSlice(Images.withStep(in, s, options.recorded()), Images.processor(refined));
            progress.progress(s / (double) in.getSize(), "slice " + s);
        }
        if (inPlace.get()) {
            source.setStack(out);
            source.changes = true;
            source.updateAndDraw();
        } else {
            ImagePlus result = new ImagePlus(source.getShortTitle() + "-refined", out);
            result.setCalibration(source.getCalibration());
            copyProperties(source, result);
            result.show();
        }
        IJ.showProgress(1.0);
    }

    private static int[][] clicks(String points) {
        return PointList.parse(points, true, "points").stream().map(c -> new int[] {c.x(), c.y()})
                .toArray(int[][]::new);
    }

    private static void copyProperties(ImagePlus from, ImagePlus to) {
        String depth = from.getProp(MaskStacks.DEPTH_PROPERTY);
        if (depth != null) {
            to.setProp(MaskStacks.DEPTH_PROPERTY, depth);
        }
    }
}
